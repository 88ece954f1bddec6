"""An optional password on the finished PDF: AES-256 (security handler revision 6), in memory.

ReportLab's own ``encrypt=`` gives RC4 (broken) or a malformed AES-256 file that poppler
and pypdf refuse (STACK.md), so the brief is built unencrypted in memory and re-saved
with pikepdf (qpdf). The plaintext bytes never reach the disk.
"""

from __future__ import annotations

import io
import secrets

from hrdesk.domain.passphrase import MIN_LENGTH

#: The same minimum as for the vault's passphrase: a short PDF password falls to guessing.
MIN_PASSWORD_LENGTH = MIN_LENGTH


class PasswordTooShort(ValueError):
    """A PDF password shorter than :data:`MIN_PASSWORD_LENGTH` characters."""


class EmptyPassword(PasswordTooShort):
    """A PDF password must not be empty (an empty user password opens the file for anyone)."""


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """``data`` (a PDF) encrypted with AES-256 R6 under ``password``.

    The owner password is the same as the user password: an empty or random owner password
    would either open the file for anyone or lock the defender out of its permissions.
    Printing and copying stay allowed for whoever knows the password.
    """
    if not password:
        raise EmptyPassword("the PDF password must not be empty")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordTooShort(f"the PDF password must have at least {MIN_PASSWORD_LENGTH} characters")
    out = io.BytesIO()
    import pikepdf  # only when a PDF is encrypted: the CLI's other commands start faster

    with pikepdf.open(io.BytesIO(data)) as pdf:
        # A fresh /ID: qpdf would keep the first half of the unencrypted file's /ID, which
        # would tie the encrypted copy to any plain copy of the same brief.
        pdf.trailer.ID = pikepdf.Array(
            [pikepdf.String(secrets.token_bytes(16)), pikepdf.String(secrets.token_bytes(16))]
        )
        pdf.save(
            out,
            encryption=pikepdf.Encryption(owner=password, user=password, R=6, aes=True),
            deterministic_id=False,
        )
    return out.getvalue()
