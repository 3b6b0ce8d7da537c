# Huffman codes: a tree built with heapq from letter frequencies, the code
# table read off the tree, and a round trip through encode and decode.
import heapq
from typing import Optional


class Node:
    def __init__(self, weight: int, symbol: str, left: Optional["Node"], right: Optional["Node"]) -> None:
        self.weight = weight
        self.symbol = symbol
        self.left = left
        self.right = right

    def is_leaf(self) -> bool:
        return self.left is None and self.right is None


def frequencies(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    return counts


def build_tree(counts: dict[str, int]) -> Node:
    heap: list[tuple[int, int, Node]] = []
    order = 0
    for symbol, weight in sorted(counts.items()):
        heapq.heappush(heap, (weight, order, Node(weight, symbol, None, None)))
        order += 1
    while len(heap) > 1:
        w1, _o1, a = heapq.heappop(heap)
        w2, _o2, b = heapq.heappop(heap)
        heapq.heappush(heap, (w1 + w2, order, Node(w1 + w2, "", a, b)))
        order += 1
    return heap[0][2]


def codes(node: Node, prefix: str, table: dict[str, str]) -> None:
    if node.is_leaf():
        table[node.symbol] = prefix or "0"
        return
    if node.left is not None:
        codes(node.left, prefix + "0", table)
    if node.right is not None:
        codes(node.right, prefix + "1", table)


def decode(root: Node, bits: str) -> str:
    out: list[str] = []
    node = root
    for bit in bits:
        nxt = node.left if bit == "0" else node.right
        if nxt is None:
            raise ValueError("bad code")
        node = nxt
        if node.is_leaf():
            out.append(node.symbol)
            node = root
    return "".join(out)


text = "abracadabra alakazam"
counts = frequencies(text)
tree = build_tree(counts)
table: dict[str, str] = {}
codes(tree, "", table)
for symbol in sorted(table, key=lambda s: (len(table[s]), s)):
    print(f"{symbol!r}: {counts[symbol]:2d} {table[symbol]}")
bits = "".join(table[ch] for ch in text)
print(len(bits), "bits instead of", 8 * len(text), f"({len(bits) / (8 * len(text)):.1%})")
print(decode(tree, bits) == text, decode(tree, bits[:20]))
print("weight at the root:", tree.weight, "leaves:", len(table))
tied: list[tuple[int, Node]] = []
try:
    heapq.heappush(tied, (1, Node(1, "x", None, None)))
    heapq.heappush(tied, (1, Node(2, "y", None, None)))
except TypeError as error:
    print("TypeError:", error)
print(len(tied), sorted([(2, tree), (1, tree)])[0][0])
