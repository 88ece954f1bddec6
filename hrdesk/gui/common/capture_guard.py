"""Keep the unlocked window out of screenshots and screen recordings, where the OS allows it.

Windows 10 2004+ honours ``SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE)``; macOS honours
``NSWindow.sharingType = NSWindowSharingNone`` (for most capture APIs). Linux desktops have no
such control: there this does nothing, and the README says so.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtWidgets import QWidget

_WDA_EXCLUDEFROMCAPTURE = 0x00000011
_NS_WINDOW_SHARING_NONE = 0


def exclude_from_capture(window: QWidget) -> bool:
    """Ask the OS to hide ``window`` from capture; True when the request was accepted."""
    try:
        if sys.platform == "win32":
            return _windows(int(window.winId()))
        if sys.platform == "darwin":
            return _macos(int(window.winId()))
    except (OSError, AttributeError, ValueError):
        return False  # an old OS without the API: the window still works
    return False


def _windows(hwnd: int) -> bool:  # pragma: no cover - Windows only
    user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    return bool(
        user32.SetWindowDisplayAffinity(ctypes.c_void_p(hwnd), ctypes.c_uint(_WDA_EXCLUDEFROMCAPTURE))
    )


def _macos(view_pointer: int) -> bool:  # pragma: no cover - macOS only
    objc = ctypes.cdll.LoadLibrary("/usr/lib/libobjc.A.dylib")
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    ns_window = send(ctypes.c_void_p(view_pointer), objc.sel_registerName(b"window"))
    if not ns_window:
        return False
    set_sharing = ctypes.cast(
        objc.objc_msgSend, ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_long)
    )
    set_sharing(ns_window, objc.sel_registerName(b"setSharingType:"), _NS_WINDOW_SHARING_NONE)
    return True
