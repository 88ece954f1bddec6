"""Why the contact log refused a change, said in the user's language with what to do instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from hrdesk.services.contacts import ContactLogError, Refusal


class ContactRefusals(QObject):
    """Plural refusals (translation context "ContactRefusals").

    Qt 6.11's lupdate finds a plural (%n) text only inside self.tr(), so plural texts live here.
    """

    def officer_has_history(self, count: int) -> str:
        return self.tr(
            "This officer appears in %n interactions, so deleting them would change your history. "
            "If they moved on, mark them as left instead.",
            "",
            count,
        )

    def embassy_has_officers(self, count: int) -> str:
        return self.tr(
            "%n officers are recorded at this embassy. Their history stays with the embassy, "
            "so it cannot be deleted.",
            "",
            count,
        )


def refusal_text(error: ContactLogError) -> str:
    reason, count = error.reason, error.count
    if reason == Refusal.EMPTY_NAME:
        return QCoreApplication.translate("ContactRefusals", "Give the officer's name.")
    if reason == Refusal.EMPTY_GOVERNMENT:
        return QCoreApplication.translate(
            "ContactRefusals", "Say which government the embassy or office represents."
        )
    if reason == Refusal.EMPTY_ITEM:
        return QCoreApplication.translate("ContactRefusals", "Say what was asked or promised.")
    if reason == Refusal.NO_OFFICER:
        return QCoreApplication.translate(
            "ContactRefusals", "Tick at least one officer you were in touch with."
        )
    if reason == Refusal.NO_EMBASSY:
        return QCoreApplication.translate(
            "ContactRefusals", "Choose the embassy. If it is not in the list yet, add it first."
        )
    if reason == Refusal.OFFICER_HAS_HISTORY:
        return ContactRefusals().officer_has_history(count)
    if reason == Refusal.EMBASSY_HAS_OFFICERS:
        return ContactRefusals().embassy_has_officers(count)
    if reason == Refusal.ENDS_BEFORE_START:
        return QCoreApplication.translate("ContactRefusals", "The posting cannot end before it starts.")
    if reason == Refusal.OWN_SUCCESSOR:
        return QCoreApplication.translate("ContactRefusals", "An officer cannot succeed themselves.")
    if reason == Refusal.OTHER_EMBASSY:
        return QCoreApplication.translate(
            "ContactRefusals", "Choose an officer of the same embassy, or keep them with the embassy."
        )
    if reason == Refusal.SUCCESSOR_LEFT:
        return QCoreApplication.translate(
            "ContactRefusals", "This officer has left too. Choose someone still in post."
        )
    return QCoreApplication.translate(
        "ContactRefusals", "This record no longer exists. The list has been refreshed."
    )
