"""``hrdesk contacts list`` and ``hrdesk followups``: the contact log for scripts and terminals.

Output is one record a line, fields separated by tabs, so it can be piped into ``sort``,
``cut`` or a calendar; control characters in what the user typed become spaces so a record
never spills onto a second line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re

from hrdesk.cli.common import SecretInput, note, open_vault

# The contact log's rules and service are imported in the commands: every start of ``hrdesk``
# (``check`` too) registers these subcommands.

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    contacts = subparsers.add_parser(
        "contacts", parents=[parent], help="the contact log (see 'contacts list')"
    )
    actions = contacts.add_subparsers(dest="contacts_command", metavar="ACTION", parser_class=type(contacts))
    actions.required = True
    listing = actions.add_parser(
        "list",
        parents=[parent],
        help="officers, one a line: name, role, embassy, in_post or left, email, expected end of posting",
    )
    listing.add_argument("--in-post", action="store_true", help="only officers still in post")
    listing.set_defaults(func=run_list)
    followups = subparsers.add_parser(
        "followups",
        parents=[parent],
        help="follow-ups due and overdue, one a line: date, overdue or due, officers, embassies, what",
    )
    followups.add_argument(
        "--date", metavar="YYYY-MM-DD", type=_date, default=None, help="as of this day (default: today)"
    )
    followups.set_defaults(func=run_followups)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _line(*fields: str) -> str:
    return "\t".join(_CONTROL.sub(" ", field).strip() for field in fields)


def run_list(args: argparse.Namespace, secrets: SecretInput) -> int:
    from hrdesk.domain.rotation import expected_end
    from hrdesk.services.contacts import ContactLog

    vault = open_vault(args, secrets)
    try:
        rows = ContactLog(vault).officer_rows()
    finally:
        vault.close()
    shown = 0
    for row in rows:
        officer = row.officer
        if args.in_post and not officer.in_post:
            continue
        shown += 1
        end = expected_end(officer)
        print(
            _line(
                officer.name,
                officer.role.value,
                row.embassy,
                officer.status.value,
                officer.email,
                end.isoformat() if end else "-",
            )
        )
    if not shown:
        note("no officers in post in the contact log" if args.in_post else "no officers in the contact log")
    return 0


def run_followups(args: argparse.Namespace, secrets: SecretInput) -> int:
    from hrdesk.domain.rotation import DueState, due_state
    from hrdesk.services.contacts import ContactLog

    today = args.date or dt.date.today()
    vault = open_vault(args, secrets)
    try:
        follow_ups = ContactLog(vault).due_follow_ups(today, limit=100_000)
    finally:
        vault.close()
    for follow_up in follow_ups:
        print(
            _line(
                follow_up.due.isoformat(),
                "overdue" if due_state(follow_up.due, today) == DueState.OVERDUE else "due",
                ", ".join(follow_up.officer_names),
                ", ".join(follow_up.embassy_names),
                follow_up.title or (follow_up.channel.value if follow_up.channel else ""),
            )
        )
    if not follow_ups:
        note(f"no follow-ups due by {today.isoformat()}")
    return 0
