"""The staff second factor, built on django-otp: TOTP enrolment with a QR
code, single-use backup codes, verification with throttling, and resets by
a network administrator. The gate itself is middleware.py."""
