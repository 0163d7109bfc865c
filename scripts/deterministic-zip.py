"""Zips one executable as `bootstrap`, the same bytes every time for the same file.

Usage: deterministic-zip.py EXECUTABLE ZIP

Fixed entry time (1980-01-01, the zip format's earliest), fixed mode (0755, a regular file),
Unix as the creating system, deflate at level 9: nothing about the machine, the checkout path or
the time of the build reaches the archive, so Terraform's source_code_hash only changes when the
binary does.
"""
import sys
import zipfile

executable, archive = sys.argv[1], sys.argv[2]
entry = zipfile.ZipInfo("bootstrap", date_time=(1980, 1, 1, 0, 0, 0))
entry.create_system = 3
entry.external_attr = (0o100755 & 0xFFFF) << 16
entry.compress_type = zipfile.ZIP_DEFLATED
with open(executable, "rb") as source, zipfile.ZipFile(archive, "w") as zip_file:
    zip_file.writestr(entry, source.read(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
