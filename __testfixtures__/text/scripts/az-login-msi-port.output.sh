#!/bin/bash
az login --identity
az login --identity \
  --allow-no-subscriptions
az account show
