"""The offline help page's text: sections of short paragraphs, translated like every UI string.

Built when the page is shown (never at import), so it follows the language chosen at the time.
Keys are written in Qt's portable form and shown in the system's own form by the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class HelpSection:
    key: str
    title: str
    paragraphs: tuple[str, ...]


def help_sections() -> list[HelpSection]:
    return [
        HelpSection(
            "start",
            QCoreApplication.translate("HelpPage", "Getting started"),
            (
                QCoreApplication.translate(
                    "HelpPage",
                    "hrdesk helps you prepare to ask a foreign embassy for help: what you ask for, the "
                    "facts of your case as a timeline, and what you have already done. Everything is "
                    "kept in one encrypted vault on this computer, opened with your passphrase.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "The sections on the side are Today (Ctrl+1), Cases (Ctrl+2), Contacts (Ctrl+3), "
                    "Reference (Ctrl+4) and Settings (Ctrl+5). Today shows what is due and what is "
                    "coming up. Reference holds offline guidance on what embassies can do, emergency "
                    "funds, visas and sanctions.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "If you are in danger now, press Ctrl+Shift+D: it opens what to do tonight. The "
                    "language can be changed at any time in the View menu.",
                ),
            ),
        ),
        HelpSection(
            "wizard",
            QCoreApplication.translate("HelpPage", "The case wizard"),
            (
                QCoreApplication.translate(
                    "HelpPage",
                    "A case is prepared in five steps, shown across the top: Basics, Request, Timeline, "
                    "Prior outreach and Review. You can go to any step at any time, in any order.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "Basics: who is at risk, where, and three facts that shape the advice. Request: the "
                    "support you ask for and from which embassies. Timeline: the events of the case, "
                    "one by one, with their dates. Prior outreach: who you have already asked, and "
                    "what they answered.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "Review lists what is still missing and takes you to the step that fixes it. There "
                    "is nothing to finish or save: every change is saved in the vault as you type.",
                ),
            ),
        ),
        HelpSection(
            "contacts",
            QCoreApplication.translate("HelpPage", "Contacts and follow-ups"),
            (
                QCoreApplication.translate(
                    "HelpPage",
                    "Contacts is your contact log: the embassies you deal with, the officers you meet "
                    "there, and each call, meeting or message.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "Embassies rarely call back. After every meeting, note what was promised and when "
                    "to follow up; Today reminds you when the date comes.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "Officers move to another post every three or four years. hrdesk shows when an "
                    "officer is likely to leave, so you can ask in time for a new point of contact.",
                ),
            ),
        ),
        HelpSection(
            "brief",
            QCoreApplication.translate("HelpPage", "The brief"),
            (
                QCoreApplication.translate(
                    "HelpPage",
                    "The brief is the document you bring to the meeting: your request, the timeline of "
                    "events and your previous outreach, on a few printed pages marked confidential.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "Export it as a PDF from the case, in the language of the embassy. Items you marked "
                    "“Never print” are left out. You can protect the PDF with a password; give the password "
                    "by another channel than the file.",
                ),
            ),
        ),
        HelpSection(
            "backups",
            QCoreApplication.translate("HelpPage", "Backups"),
            (
                QCoreApplication.translate(
                    "HelpPage",
                    "A backup is one encrypted file that holds the whole vault. Make one in Settings "
                    "with Back up now, and keep it on a USB stick or another computer, away from this "
                    "one.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "hrdesk also keeps a few automatic backups inside the vault folder. They help after "
                    "a mistake or a damaged file, but not if this computer is lost or seized.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "To start again on a new computer, choose Restore from a backup when hrdesk asks you "
                    "to create a vault, and type the backup's passphrase.",
                ),
            ),
        ),
        HelpSection(
            "locking",
            QCoreApplication.translate("HelpPage", "Locking and hiding"),
            (
                QCoreApplication.translate(
                    "HelpPage",
                    "Ctrl+L locks the vault: every window that showed your cases closes, and only your "
                    "passphrase opens it again. hrdesk also locks itself after a few idle minutes (you "
                    "can change how many in Settings) and when you quit.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "Lock and hide (Ctrl+Shift+L unless you changed it in Settings) locks the vault and "
                    "hides every hrdesk window at once, even while a dialog is open.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "On Windows and macOS, hrdesk asks the system to keep its window out of screenshots "
                    "and screen sharing. Linux cannot do this: lock hrdesk before you share your screen.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "In Settings you can also erase the vault after too many wrong passphrases in a row, "
                    "or erase it at once in an emergency. An erased vault cannot be brought back, except "
                    "from a backup kept elsewhere.",
                ),
            ),
        ),
        HelpSection(
            "leaves",
            QCoreApplication.translate("HelpPage", "What leaves the computer"),
            (
                QCoreApplication.translate(
                    "HelpPage",
                    "Nothing, unless you export it. hrdesk never connects to the network: no update "
                    "checks, no statistics, no cloud.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "Something leaves the vault only when you do one of these: export a brief or an "
                    "accountability package (a PDF, with a password if you choose one), export a case "
                    "file, make a backup, print, or copy an email draft.",
                ),
                QCoreApplication.translate(
                    "HelpPage",
                    "A case file is not encrypted: anyone who finds it can read it. A backup is "
                    "encrypted. An email draft copied to the clipboard is cleared from it after a "
                    "minute. Delete exported files you no longer need.",
                ),
            ),
        ),
    ]
