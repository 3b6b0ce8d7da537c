/* The program: {{source}} run as a script */
int main(int argc, char **argv)
{
    slot_init(argc, argv);
    {{init}}
    {{entry}}
    return slot_exit();
}
