"""Tuples over lists for data that never changes (the seed's advice).

A Team copies its members into a tuple: a length-prefixed array in C,
shared by nobody, so later changes to the caller's list cannot reach it.
"""


class Team:
    def __init__(self, name: str, members):
        self.name = name
        self.members = tuple(members)

    def size(self) -> int:
        return len(self.members)

    def has(self, who: str) -> bool:
        return who in self.members


def main():
    roster = ["ann", "ben"]
    roster.append("cat")
    team = Team("red", roster)
    roster.append("dan")
    print(team.name, team.size(), team.members)
    print(team.has("cat"), team.has("dan"), len(roster))
    print(sorted(team.members, reverse=True))
    for i, who in enumerate(team.members):
        print(i, who.upper())


if __name__ == "__main__":
    main()
