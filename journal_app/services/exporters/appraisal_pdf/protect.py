"""Password protection for the appraisal PDF: AES-256 (PDF 2.0, revision 6).

reportlab's own ``StandardEncryption(strength=256)`` needs the unmaintained ``pyaes``
package and, in reportlab 5.1, writes key entries of the wrong length (48-byte ``/UE``
and ``/OE``, 32-byte ``/Perms``): qpdf accepts such files but Poppler-based viewers and
pypdf refuse them. So the finished PDF is encrypted with pypdf instead, which uses the
``cryptography`` package the app already depends on and writes the standard AES-256
handler every current viewer opens.
"""

from __future__ import annotations

import io
import secrets

from journal_app.services.exporters.errors import PasswordProtectionUnavailable


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """``data`` (a complete PDF) encrypted with AES-256 so it opens only with ``password``.

    The owner password is random and never shown: the user password opens the document
    with every permission (print, copy), so nobody is locked out of their own file.
    """
    try:
        from pypdf import PdfWriter
    except ImportError:
        raise PasswordProtectionUnavailable("appraisal.no_pypdf") from None
    writer = PdfWriter(clone_from=io.BytesIO(data))
    try:
        writer.encrypt(
            user_password=password,
            owner_password=secrets.token_urlsafe(32),
            algorithm="AES-256",
        )
    except ImportError:  # no AES provider (cryptography) available to pypdf
        raise PasswordProtectionUnavailable("appraisal.no_aes") from None
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
