/*
 * paths.c - where slotc's own files are: the default templates, the
 * runtime's header and its libraries.
 *
 * Two layouts, both fixed when meson configures the build:
 *
 *   built     build/slotc uses the source tree's templates/ and runtime/
 *             and the libraries in the build directory;
 *   installed <prefix>/bin/slotc uses <datadir>/slotc/templates,
 *             <includedir>/slot and <libdir>, as `meson install` put them.
 *
 * The running program is the installed one when its own directory
 * (/proc/self/exe) is the configured bindir: meson installs the same binary
 * it built, so the answer has to be found at run time.
 */
#include "slotc.h"

#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Whether this process runs from the install bindir (looked up once; the
 * same directory, whatever path names it). */
static bool installed(void)
{
    static int answer = -1;
    if (answer >= 0)
        return answer;
    answer = 0;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = '\0';
    char *slash = strrchr(exe, '/');
    struct stat here, bindir;
    if (slash) {
        *slash = '\0';
        answer = stat(exe, &here) == 0 && stat(SLOTC_INSTALL_BINDIR, &bindir) == 0 &&
                 here.st_dev == bindir.st_dev && here.st_ino == bindir.st_ino;
    }
    return answer;
}

const char *paths_templates(void)
{
    return installed() ? SLOTC_INSTALL_TEMPLATES : SLOTC_TEMPLATE_DIR;
}

const char *paths_runtime_include(void)
{
    return installed() ? SLOTC_INSTALL_INCLUDE : SLOTC_RUNTIME_INCLUDE;
}

/* The static runtime library, "libslot.a" or "libslot_arena.a". */
const char *paths_runtime_library(const char *file)
{
    return arena_printf("%s/%s", installed() ? SLOTC_INSTALL_LIBDIR : SLOTC_RUNTIME_LIBDIR, file);
}
