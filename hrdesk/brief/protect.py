"""An optional password on the finished PDF: AES-256 (security handler revision 6), in memory.

ReportLab's own ``encrypt=`` gives RC4 (broken) or a malformed AES-256 file that poppler
and pypdf refuse (STACK.md), so the brief is built unencrypted in memory and re-saved
with pikepdf (qpdf). The plaintext bytes never reach the disk.
"""

from __future__ import annotations

import io

import pikepdf


class EmptyPassword(ValueError):
    """A PDF password must not be empty (an empty user password opens the file for anyone)."""


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """``data`` (a PDF) encrypted with AES-256 R6 under ``password``.

    The owner password is the same as the user password: an empty or random owner password
    would either open the file for anyone or lock the defender out of its permissions.
    Printing and copying stay allowed for whoever knows the password.
    """
    if not password:
        raise EmptyPassword("the PDF password must not be empty")
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(
            out,
            encryption=pikepdf.Encryption(owner=password, user=password, R=6, aes=True),
            deterministic_id=False,
        )
    return out.getvalue()
