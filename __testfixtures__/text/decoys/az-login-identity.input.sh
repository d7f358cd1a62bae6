#!/bin/bash
az login --identity
az login --identity --username "$CLIENT_ID" --allow-no-subscriptions
az vm identity assign -g "$RG" -n "$VM"
