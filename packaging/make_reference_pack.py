"""Build a signed reference pack from resources/reference/ (``make reference-pack KEY=... SIGNER=...``).

The private key (PEM, PKCS#8, Ed25519) is given on the command line and never kept in the
repository. The pack is checked exactly as ``hrdesk reference import`` will check it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hrdesk.reference.content import LANGUAGES
from hrdesk.reference.packs import PackError, build_pack, read_pack
from hrdesk.resources import resource_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--key", required=True, type=Path, help="Ed25519 private key, PEM (PKCS#8)")
    parser.add_argument(
        "--signer", required=True, help="who signs, shown to users (e.g. 'hrdesk maintainers')"
    )
    parser.add_argument("--out", required=True, type=Path, help="the pack to write")
    parser.add_argument(
        "--date", type=date.fromisoformat, default=date.today(), help="content date (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--source", type=Path, default=resource_path("reference"), help="folder of <lang>.json"
    )
    args = parser.parse_args(argv)
    key = serialization.load_pem_private_key(args.key.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        sys.stderr.write("make_reference_pack: the key is not an Ed25519 private key\n")
        return 2
    files = {lang: (args.source / f"{lang}.json").read_bytes() for lang in LANGUAGES}
    try:
        data = build_pack(files, args.signer, args.date, key)
        read_pack(data, key.public_key())
    except PackError as exc:
        sys.stderr.write(f"make_reference_pack: {exc}\n")
        return 4
    args.out.write_bytes(data)
    print(f"{args.out}: reference pack of {args.date}, signed by {args.signer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
