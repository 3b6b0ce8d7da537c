"""An object graph: trees of user-class nodes, built and walked.

Complete binary trees are built and counted recursively at several depths
(most die young, one lives long), then a binary search tree grows from
`limit` pseudo-random keys, is walked in order and searched."""
from typing import Optional


class Node:
    def __init__(self, key: int, left: Optional["Node"], right: Optional["Node"]):
        self.key = key
        self.left = left
        self.right = right

    def count(self) -> int:
        n = 1
        if self.left is not None:
            n += self.left.count()
        if self.right is not None:
            n += self.right.count()
        return n


def complete(depth: int, key: int) -> Node:
    if depth == 0:
        return Node(key, None, None)
    return Node(key, complete(depth - 1, 2 * key), complete(depth - 1, 2 * key + 1))


class SearchTree:
    def __init__(self):
        self.root: Optional[Node] = None
        self.size = 0

    def insert(self, key: int) -> bool:
        if self.root is None:
            self.root = Node(key, None, None)
            self.size += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            if key < node.key:
                if node.left is None:
                    node.left = Node(key, None, None)
                    self.size += 1
                    return True
                node = node.left
            else:
                if node.right is None:
                    node.right = Node(key, None, None)
                    self.size += 1
                    return True
                node = node.right

    def contains(self, key: int) -> bool:
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False


def height(node: Optional[Node]) -> int:
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def weighted_sum(node: Optional[Node], rank: int, total: list[int]) -> int:
    """Walks in order; total[0] accumulates key % 1000 * rank; returns the next rank."""
    if node is None:
        return rank
    rank = weighted_sum(node.left, rank, total)
    total[0] += node.key % 1000 * rank
    return weighted_sum(node.right, rank + 1, total)


def main():
    limit = 150000
    deepest = 14
    long_lived = complete(deepest, 1)
    depth = 3
    while depth <= deepest:
        trees = 1
        i = depth
        while i < deepest:
            trees *= 2
            i += 1
        checked = 0
        for _ in range(trees):
            checked += complete(depth, 1).count()
        print(trees, "trees of depth", depth, "count", checked)
        depth += 4
    print("long lived", long_lived.count())

    tree = SearchTree()
    seed = 42
    for _ in range(limit):
        seed = (seed * 1103515245 + 12345) % 2147483648
        tree.insert(seed % 10000000)
    total = [0]
    ranks = weighted_sum(tree.root, 0, total)
    found = 0
    for k in range(0, 10000000, 97):
        if tree.contains(k):
            found += 1
    print(tree.size, ranks, height(tree.root), total[0], found)


if __name__ == "__main__":
    main()
