from dataclasses import dataclass
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"] = None):
        self.value = value
        self.next = next


class Tree:
    def __init__(self, key: int):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key: int):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def walk(self) -> list[int]:
        out = []
        if self.left is not None:
            out = out + self.left.walk()
        out.append(self.key)
        if self.right:
            out = out + self.right.walk()
        return out


@dataclass(frozen=True)
class Link:
    name: str
    parent: "Link | None" = None


def find(head: Node | None, value: int) -> Node | None:
    node = head
    while node is not None:
        if node.value == value:
            return node
        node = node.next
    return None


def main():
    head = None
    for i in range(5):
        head = Node(i, head)
    print(find(head, 3).value, find(head, 9) is None, find(head, 9))
    total = 0
    node = head
    while node:
        total += node.value
        node = node.next
    print(total)
    t = Tree(50)
    for k in [30, 70, 20, 40, 60, 80, 35]:
        t.insert(k)
    print(t.walk())
    root = Link("root")
    child = Link("child", root)
    print(child, root.parent, child == Link("child", Link("root")), root == child)
    print(find(head, 9).value)


if __name__ == "__main__":
    main()
