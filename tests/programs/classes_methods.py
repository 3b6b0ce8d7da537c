"""Plain classes: methods calling methods, objects holding objects, mixed fields."""


class Item:
    def __init__(self, name: str, price: float, qty: int):
        self.name = name
        self.price = price
        self.qty = qty
        self.taxable = True

    def cost(self) -> float:
        return self.price * self.qty

    def describe(self) -> str:
        return self.name + " x" + str(self.qty) + " = " + str(self.cost())


class Cart:
    def __init__(self, owner: str):
        self.owner = owner
        self.items: list[Item] = []
        self.discount = 0.0
        self.closed = False
        self.version = 0

    def add(self, item: Item):
        self.items.append(item)
        self.touch()

    def touch(self):
        self.version += 1

    def subtotal(self) -> float:
        s = 0.0
        for it in self.items:
            s += it.cost()
        return s

    def total(self) -> float:
        return self.subtotal() * (1.0 - self.discount)

    def count(self) -> int:
        n = 0
        for it in self.items:
            n += it.qty
        return n

    def most_expensive(self) -> Item:
        best = self.items[0]
        for it in self.items:
            if it.cost() > best.cost():
                best = it
        return best

    def names(self) -> list[str]:
        return [it.name for it in self.items]


class Counter:
    def __init__(self):
        self.n = 0
        self.step = 1

    def tick(self) -> int:
        self.n += self.step
        return self.n

    def tick_twice(self) -> int:
        self.tick()
        return self.tick()


class Node:
    def __init__(self, value: int, label: str):
        self.value = value
        self.label = label
        self.children: list[Node] = []

    def add(self, child):
        self.children.append(child)

    def total(self) -> int:
        t = self.value
        for c in self.children:
            t += c.total()
        return t

    def depth(self) -> int:
        d = 0
        for c in self.children:
            d = max(d, c.depth())
        return d + 1


class Mixed:
    def __init__(self, flag: bool, count: int, ratio: float, tag: str, small: bool, big: int):
        self.flag = flag
        self.count = count
        self.ratio = ratio
        self.tag = tag
        self.small = small
        self.big = big


def main():
    cart = Cart("ann")
    cart.add(Item("pen", 1.5, 4))
    cart.add(Item("book", 12.25, 1))
    cart.add(Item("mug", 7.0, 2))
    print(cart.owner, cart.count(), cart.subtotal(), cart.total(), cart.version, cart.closed)
    cart.discount = 0.1
    cart.closed = True
    print(cart.total(), cart.closed, cart.names())
    print(cart.most_expensive().describe())
    cart.items[0].qty += 10
    cart.items[1].price = 0.5
    print(cart.most_expensive().name, cart.items[0].describe(), cart.items[1].cost())
    for it in cart.items:
        print(it.describe(), it.taxable)
    first = cart.items[0]
    first.name = "pencil"
    print(cart.names(), first.name == cart.items[0].name)
    c = Counter()
    print(c.tick(), c.tick(), c.tick_twice(), c.n)
    c.step = -5
    print(c.tick_twice(), c.n)
    root = Node(1, "root")
    a = Node(2, "a")
    b = Node(3, "b")
    root.add(a)
    root.add(b)
    a.add(Node(4, "a1"))
    a2 = Node(5, "a2")
    a.add(a2)
    a2.add(Node(6, "deep"))
    print(root.total(), root.depth(), len(root.children), a.total(), b.depth())
    b.value = 30
    print(root.total(), [ch.label for ch in root.children], [ch.value for ch in a.children])
    m = Mixed(True, 3, 0.5, "t", False, 10 ** 12)
    m.count *= 2
    m.ratio /= 4
    m.flag = not m.flag
    m.tag = m.tag + "ag"
    m.big -= 1
    print(m.flag, m.count, m.ratio, m.tag, m.small, m.big)
    ms = [Mixed(i % 2 == 0, i, i / 2, str(i), i > 1, i * 1000) for i in range(3)]
    for x in ms:
        print(x.flag, x.count, x.ratio, x.tag, x.small, x.big)


if __name__ == "__main__":
    main()
