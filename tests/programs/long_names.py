"""Names long enough that emitted lines are wrapped twice (the header's layout
checks go through two templates): breaking again at a comma that already
ended a line read past the line's end (a fuzzer find)."""


class Inventory:
    def __init__(self, quantity_of_items_on_the_shelf_including_the_ones_in_the_back_room: int):
        self.quantity_of_items_on_the_shelf_including_the_ones_in_the_back_room = (
            quantity_of_items_on_the_shelf_including_the_ones_in_the_back_room)


def total_of_every_inventory_passed_to_this_function_which_has_a_very_long_name(
        first_inventory_in_the_list: Inventory, second_inventory_in_the_list: Inventory) -> int:
    return (first_inventory_in_the_list.quantity_of_items_on_the_shelf_including_the_ones_in_the_back_room
            + second_inventory_in_the_list.quantity_of_items_on_the_shelf_including_the_ones_in_the_back_room)


def main():
    a = Inventory(3)
    b = Inventory(4)
    print(a.quantity_of_items_on_the_shelf_including_the_ones_in_the_back_room)
    print(total_of_every_inventory_passed_to_this_function_which_has_a_very_long_name(a, b))


if __name__ == "__main__":
    main()
