#!/bin/bash
az login --identity --msi-port 50342
az login --identity \
  --identity-port 50343 \
  --allow-no-subscriptions
az account show
