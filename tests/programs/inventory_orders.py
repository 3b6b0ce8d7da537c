# An order book for a small shop: products, stock movements, orders that
# reserve stock, back-orders, and a valuation report.
from dataclasses import dataclass, field


class StockError(Exception):
    pass


@dataclass(order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)


@dataclass
class Order:
    number: int
    customer: str
    lines: list[tuple[str, int]] = field(default_factory=list)
    status: str = "open"

    def total(self, catalog: dict[str, Product]) -> float:
        return sum(catalog[sku].price * qty for sku, qty in self.lines)


class Shop:
    def __init__(self) -> None:
        self.catalog: dict[str, Product] = {}
        self.stock: dict[str, int] = {}
        self.orders: list[Order] = []
        self.backlog: list[tuple[int, str, int]] = []

    def add_product(self, product: Product, quantity: int) -> None:
        self.catalog[product.sku] = product
        self.stock[product.sku] = self.stock.get(product.sku, 0) + quantity

    def place(self, customer: str, wanted: list[tuple[str, int]]) -> Order:
        order = Order(len(self.orders) + 1, customer)
        for sku, qty in wanted:
            if sku not in self.catalog:
                raise StockError(f"order {order.number}: unknown product {sku}")
            have = self.stock[sku]
            if have >= qty:
                self.stock[sku] = have - qty
                order.lines.append((sku, qty))
            else:
                if have:
                    order.lines.append((sku, have))
                self.stock[sku] = 0
                self.backlog.append((order.number, sku, qty - have))
                order.status = "partial"
        self.orders.append(order)
        return order

    def restock(self, sku: str, quantity: int) -> list[str]:
        self.stock[sku] += quantity
        filled: list[str] = []
        remaining: list[tuple[int, str, int]] = []
        for number, item, qty in self.backlog:
            if item == sku and self.stock[sku] >= qty:
                self.stock[sku] -= qty
                self.orders[number - 1].lines.append((sku, qty))
                filled.append(f"#{number} +{qty} {sku}")
            else:
                remaining.append((number, item, qty))
        self.backlog = remaining
        for order in self.orders:
            if order.status == "partial" and all(o != order.number for o, _sku, _qty in self.backlog):
                order.status = "complete"
        return filled


shop = Shop()
for product, qty in [(Product("p3", "lamp", 24.5), 4), (Product("p1", "mug", 6.0), 10), (Product("p2", "vase", 31.25), 1)]:
    shop.add_product(product, qty)
requests = [("ann", [("p1", 3), ("p2", 1)]), ("bob", [("p2", 2), ("p3", 1)]), ("cy", [("p9", 1)]),
            ("dee", [("p1", 8), ("p3", 3)])]
for customer, wanted in requests:
    try:
        order = shop.place(customer, wanted)
        print(f"order {order.number} for {customer}: {order.lines} {order.status} {order.total(shop.catalog):.2f}")
    except StockError as error:
        print("rejected:", error)
print("backlog:", shop.backlog)
print("restock p2:", shop.restock("p2", 5), "restock p1:", shop.restock("p1", 2))
for order in shop.orders:
    print(order.number, order.customer, order.status, f"{order.total(shop.catalog):8.2f}")
value = sum(shop.catalog[sku].price * n for sku, n in shop.stock.items())
print(f"stock value {value:.2f}", sorted(shop.catalog.values())[0].name, max(shop.catalog.values()).sku)
