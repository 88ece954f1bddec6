"""Exporting a case's brief: options, an in-memory preview, save, print and the email draft."""
