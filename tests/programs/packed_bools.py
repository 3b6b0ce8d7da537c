"""Many bool fields, set, flipped and printed: the same output whether slotc
stores them as bools or, with --pack-bools, as one-bit fields (the `stored`
run of every differential test packs them)."""
from dataclasses import dataclass


@dataclass
class Permissions:
    owner: str
    read: bool
    write: bool
    execute: bool
    sticky: bool
    hidden: bool
    system: bool
    archived: bool
    encrypted: bool
    shared: bool
    size: int

    def flags(self) -> str:
        bits = [self.read, self.write, self.execute, self.sticky, self.hidden,
                self.system, self.archived, self.encrypted, self.shared]
        return "".join(["1" if b else "0" for b in bits])

    def lock(self) -> None:
        self.write = False
        self.shared = False
        self.encrypted = not self.encrypted


class Switchboard:
    def __init__(self, count: int):
        self.on = count > 0
        self.count = count
        self.busy = False
        self.faulty = count > 5

    def press(self) -> bool:
        self.busy = not self.busy
        self.on = self.on and not self.faulty
        return self.busy


def main():
    perms = [Permissions("u" + str(i), i % 2 == 0, i % 3 == 0, i % 5 == 0, i % 7 == 0, i > 4,
                         i == 3, i % 4 == 1, False, i < 2, i * 100) for i in range(9)]
    for p in perms:
        print(p.owner, p.flags(), p.size)
    perms[2].lock()
    perms[6].lock()
    print(perms[2])
    print(perms[6].flags(), perms[6].encrypted, perms[6].write)
    print(sum(1 for p in perms if p.read and not p.hidden))
    boards = [Switchboard(n) for n in range(8)]
    presses = 0
    for b in boards:
        for _ in range(b.count):
            if b.press():
                presses += 1
    print(presses, [b.on for b in boards], [b.busy for b in boards])


if __name__ == "__main__":
    main()
