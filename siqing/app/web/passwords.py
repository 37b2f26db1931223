"""Password hashing for console accounts: argon2id through argon2-cffi, nothing hand-rolled."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from siqing.errors import UsageError

_hasher = PasswordHasher()
MIN_LENGTH = 8


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise UsageError(f"密码至少 {MIN_LENGTH} 位")
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


# Verified against when the account does not exist, so that a wrong name costs as long as a
# wrong password and the login page does not tell which names exist.
DUMMY_HASH = _hasher.hash("not-a-password-of-anyone")
