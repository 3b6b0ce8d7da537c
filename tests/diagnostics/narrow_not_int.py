"""Only int fields can be narrowed; other Annotated metadata is ignored."""
from dataclasses import dataclass
from typing import Annotated


@dataclass
class Sample:
    label: Annotated[str, "int8"]
    weight: Annotated[float, "uint16"]
    count: Annotated[int, "a count", "int16"]
    note: Annotated[str, "free text"]


def main():
    print(Sample("a", 1.5, 3, "n"))
