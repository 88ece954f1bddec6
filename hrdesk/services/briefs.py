"""Use cases for printouts: a case's brief as PDF bytes, its meeting-request email, and saving
an export only where the user asked.

No Qt: the CLI and the GUI's export dialog both call this (the dialog renders a copy of the case in
the background with :func:`render_case_brief`). Rendering happens in memory; the only file ever
written is the one the user named, through :func:`hrdesk.private_files.write_export`.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from hrdesk.brief.email_draft import EmailDraft, draft_email
from hrdesk.brief.embassy_match import government_code, same_embassy
from hrdesk.brief.options import BriefOptions, ContactHistoryRow, PolicyCitation, Section
from hrdesk.brief.protect import MIN_PASSWORD_LENGTH as MIN_PASSWORD_LENGTH  # for the export dialogs
from hrdesk.brief.protect import encrypt_pdf
from hrdesk.brief.render import render_brief
from hrdesk.domain.case import Case
from hrdesk.reference.loading import load_library
from hrdesk.services.cases import CaseService
from hrdesk.services.contacts import ContactLog
from hrdesk.vault.vault import Vault


def render_case_brief(case: Case, options: BriefOptions) -> bytes:
    """The brief of an already loaded ``case`` as PDF bytes (the GUI renders a copy off its thread)."""
    return render_brief(case, options)


def protect_pdf(pdf: bytes, password: str) -> bytes:
    """``pdf`` encrypted with AES-256 under ``password`` (``PasswordTooShort``, ``EmptyPassword``)."""
    return encrypt_pdf(pdf, password)


@lru_cache(maxsize=64)
def embassy_policies(embassy: str, language: str) -> tuple[PolicyCitation, ...]:
    """The defender policies of the government behind ``embassy`` (from the reference content, in
    ``language``), for the brief's "What the embassy can do"; none when no government is known."""
    code = government_code(embassy)
    if code is None:
        return ()
    return tuple(
        PolicyCitation(e.id, e.title, e.summary, e.source.organisation, e.source.document)
        for e in load_library(language).policies_for(code)
    )


def names_a_government(embassy: str) -> bool:
    """Whether a government is recognised in ``embassy`` ("Canada", "CA", "Embassy of Canada",
    "كندا"): only then can the brief cite that government's policy. A typo ("Canda") is not."""
    return government_code(embassy.strip()) is not None


def for_embassy(options: BriefOptions) -> BriefOptions:
    """``options`` with the policies of the embassy it names (the GUI and the CLI both call this)."""
    return dataclasses.replace(options, policies=embassy_policies(options.embassy.strip(), options.language))


class BriefService:
    """Briefs and email drafts for the cases of one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self.cases = CaseService(vault)
        self.contacts = ContactLog(vault)

    def contact_history(self, case_id: int, limit: int = 200) -> tuple[ContactHistoryRow, ...]:
        """The case's interactions from the contact log (newest ``limit``), oldest first, for the
        brief's optional "contact history" section."""
        rows = self.contacts.interactions(limit=limit, case_id=case_id)
        return tuple(
            ContactHistoryRow(
                date=row.date,
                officer=", ".join(row.officer_names)
                + (f" ({', '.join(row.embassy_names)})" if row.embassy_names else ""),
                channel=row.channel.value,
                summary=row.summary,
                embassies=tuple(row.embassy_names),
            )
            for row in reversed(rows)
        )

    def knows_embassy(self, embassy: str) -> bool:
        """Whether ``embassy`` names a government or an embassy of the contact log: a name that does
        neither is most likely a typo, and the brief would cite no policy and no contact."""
        return names_a_government(embassy) or any(
            same_embassy(row.embassy.label, embassy) for row in self.contacts.embassies()
        )

    def export_brief(self, case_id: int, options: BriefOptions, password: str | None = None) -> bytes:
        """The brief of case ``case_id`` as PDF bytes, encrypted (AES-256) when ``password`` is given.

        The embassy's own defender policy and the contact history (filtered to that embassy when
        one is named) are added here. Raises ``CaseNotFound`` for an unknown case and
        ``PasswordTooShort`` (``EmptyPassword`` for ``password=""``) for a password too short.
        """
        case = self.cases.load_case(case_id)
        options = for_embassy(options)
        if Section.CONTACTS in options.sections and not options.contact_history:
            options = dataclasses.replace(options, contact_history=self.contact_history(case_id))
        pdf = render_case_brief(case, options)
        return pdf if password is None else protect_pdf(pdf, password)

    def email_draft(self, case_id: int, options: BriefOptions, *, detailed: bool = False) -> EmailDraft:
        """A meeting-request email for case ``case_id`` in ``options.language``: the short first
        message, or the detailed draft when ``detailed``."""
        return draft_email(self.cases.load_case(case_id), options, detailed=detailed)
