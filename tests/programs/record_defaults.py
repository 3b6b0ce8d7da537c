"""Record field defaults that read module globals and class attributes."""
from dataclasses import dataclass
from typing import NamedTuple

LIMIT = 5


class K:
    SIZE = 3


@dataclass
class D:
    a: int = LIMIT
    b: int = K.SIZE * 2


class P(NamedTuple):
    x: int = LIMIT + 1


print(D(), D(1), P(), P(0))
