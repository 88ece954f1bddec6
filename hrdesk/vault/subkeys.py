"""Keys for one purpose each, derived from a vault's master key (HKDF-SHA256).

Automatic backups are encrypted under such a key, so they open with the vault's own key file
and passphrase, follow passphrase changes, and become undecryptable when the key file is
destroyed; the master key itself never has to leave ``Vault``.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hrdesk.vault.kdf import KEY_BYTES

AUTO_BACKUP = "hrdesk auto-backup v1"


def subkey(master_key: bytes, purpose: str, salt: bytes | None = None) -> bytes:
    """A 256-bit key for ``purpose`` (and ``salt``, when one key per file is wanted)."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=purpose.encode()).derive(
        bytes(master_key)
    )
