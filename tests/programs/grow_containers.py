"""Empty containers typed by what is added to them: insert, extend, add,
update and setdefault, on local variables and on fields."""


class Catalog:
    def __init__(self):
        self.titles = []
        self.tags = set()
        self.index = {}
        self.counts = {}

    def add(self, title: str, tags: list[str]) -> None:
        self.titles.insert(0, title)
        for tag in tags:
            self.tags.add(tag)
            self.index.setdefault(tag, []).append(title)
        self.counts.update({title: len(tags)})


def main():
    names = []
    names.extend(["ann", "bob"])
    names.insert(1, "cy")
    seen = set()
    seen.update({"x"})
    seen.add("y")
    scores = {}
    scores.setdefault("ann", 1.5)
    scores.update({"bob": 2.0})
    print(names, sorted(seen), scores)
    c = Catalog()
    c.add("Dune", ["sf", "classic"])
    c.add("Emma", ["classic"])
    print(c.titles, sorted(c.tags), c.index, c.counts)


if __name__ == "__main__":
    main()
