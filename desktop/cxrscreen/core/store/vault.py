"""The cryptography of the data folder, all of it from maintained libraries.

- One random 256-bit **data key** per data folder encrypts every stored file and every identifying
  database value with AES-256-GCM (``cryptography``). Each value gets a fresh 96-bit nonce and is
  bound by its associated data to where it belongs (a file's sha256, a column's name and row), so a
  value copied to another place does not decrypt.
- The data key is never stored in clear. It is **wrapped** (AES-GCM) once per account under a key
  derived from that account's password with Argon2id (``argon2-cffi``), and once under a random
  **recovery key** that IT keeps. Unwrapping is also the password check: a wrong password fails
  the authentication tag and opens nothing.

Argon2id parameters: 2 passes over 64 MiB, 2 lanes (each account keeps the parameters it was made
with, so they can be raised later): about 0.18 s on the idle 2-core development machine and 0.5 s
when it is fully loaded (tests/benchmarks/bench_accounts.py), so signing in stays under 1 s on a
busy field laptop, while each guess costs an attacker with a copy of the disk 64 MiB and a
comparable time. (3 passes took 0.25 s idle but 0.7 s loaded, too close to 1 s with the rest of
opening the store.)
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import asdict, dataclass

from ..errors import WrongKey  # noqa: F401  (raised here; vault.WrongKey is its old name)

# ``cryptography`` is imported where it is used: commands that never open the store (``screen``,
# ``--version``) then start without loading it.

KEY_BYTES = 32
NONCE_BYTES = 12
MAGIC = b"CXR1"  # every encrypted value starts with it: tells ciphertext from old plain data


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 2
    memory_kib: int = 65536
    lanes: int = 2
    salt: str = ""  # base64

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        return cls(**json.loads(text))

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=base64.b64encode(secrets.token_bytes(16)).decode("ascii"))


def derive_key(password: str, params: KdfParams) -> bytes:
    """A 256-bit key from a password or PIN with Argon2id."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode("utf-8"), base64.b64decode(params.salt),
                           time_cost=params.time_cost, memory_cost=params.memory_kib,
                           parallelism=params.lanes, hash_len=KEY_BYTES, type=Type.ID)


def new_data_key() -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM.generate_key(bit_length=256)


def seal(key: bytes, plain: bytes, aad: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, aad)


def is_sealed(blob: bytes) -> bool:
    return blob[:len(MAGIC)] == MAGIC


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not is_sealed(blob):
        raise WrongKey("not an encrypted value")
    start = len(MAGIC)
    try:
        return AESGCM(key).decrypt(blob[start:start + NONCE_BYTES], blob[start + NONCE_BYTES:],
                                   aad)
    except InvalidTag:
        raise WrongKey("the key does not open this value") from None


# A wrapping made since rows are authenticated (store/integrity.py) has its own associated data:
# opening it proves that checking was on when it was made, so deleting every tag and the marker
# cannot make a store look older than it is to anyone whose wrapping is of this kind.
WRAP_V2 = b"cxrscreen-keyslot-v2:"
WRAP_V1 = b"cxrscreen-keyslot:"


def wrap(kek: bytes, data_key: bytes, label: str) -> bytes:
    return seal(kek, data_key, WRAP_V2 + label.encode("utf-8"))


def unwrap(kek: bytes, wrapped: bytes, label: str) -> bytes:
    return unwrap_versioned(kek, wrapped, label)[0]


def unwrap_versioned(kek: bytes, wrapped: bytes, label: str) -> tuple[bytes, int]:
    """The data key, and the wrapping's kind: 2 (made with row authentication on) or 1 (older)."""
    try:
        return open_sealed(kek, wrapped, WRAP_V2 + label.encode("utf-8")), 2
    except WrongKey:
        return open_sealed(kek, wrapped, WRAP_V1 + label.encode("utf-8")), 1


# -- the recovery key: 32 random bytes, shown to IT as 13 groups of 4 base32 characters --------

def new_recovery_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    # The key has no 0, 1 or 8 (base32: A-Z, 2-7): one written down or read back as a zero, a
    # one or an eight is the O, I or B it stands for (issue 22).
    clean = "".join(ch for ch in text.upper() if ch.isalnum()).translate(
        str.maketrans("018", "OIB"))
    try:
        key = base64.b32decode(clean + "=" * (-len(clean) % 8))
    except ValueError:
        raise WrongKey("not a recovery key") from None
    if len(key) != KEY_BYTES:
        raise WrongKey("not a recovery key")
    return key


class Cipher:
    """Encrypts the data folder's values with the data key, once an account has unlocked it."""

    def __init__(self, data_key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if len(data_key) != KEY_BYTES:
            raise ValueError("a data key has 32 bytes")
        self._key = data_key
        self._aead = AESGCM(data_key)

    @property
    def data_key(self) -> bytes:
        return self._key

    def seal(self, plain: bytes, aad: str) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        return MAGIC + nonce + self._aead.encrypt(nonce, plain, aad.encode("utf-8"))

    def open(self, blob: bytes, aad: str) -> bytes:
        from cryptography.exceptions import InvalidTag

        if not is_sealed(blob):
            raise WrongKey("not an encrypted value")
        start = len(MAGIC)
        try:
            return self._aead.decrypt(blob[start:start + NONCE_BYTES],
                                      blob[start + NONCE_BYTES:], aad.encode("utf-8"))
        except InvalidTag:
            raise WrongKey("the data key does not open this value") from None

    def subkey(self, purpose: str) -> bytes:
        """A 256-bit key for one purpose (row tags, the settings file), derived from the data key
        with HKDF-SHA256: it exists only while someone is signed in, as the data key does."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                    info=b"cxrscreen:" + purpose.encode("utf-8")).derive(self._key)

    def seal_text(self, text: str, aad: str) -> str:
        """For text settings: ``v2:`` + base64 of the sealed value."""
        return "v2:" + base64.b64encode(self.seal(text.encode("utf-8"), aad)).decode("ascii")

    def open_text(self, token: str, aad: str) -> str:
        version, _, payload = token.partition(":")
        if version != "v2":
            raise WrongKey("not an encrypted setting")
        try:
            blob = base64.b64decode(payload, validate=True)
        except ValueError:
            raise WrongKey("not an encrypted setting") from None
        return self.open(blob, aad).decode("utf-8")
