"""The orgwatch inference service: BentoML API, feedback store, API keys, moderator review page and CLI commands."""
