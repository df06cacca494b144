#ifndef ARTICLED_CLINUX_H
#define ARTICLED_CLINUX_H
// Linux system calls that Swift's Glibc module does not expose.
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <sys/vfs.h>

/// rename(2) that fails with EEXIST instead of replacing the destination (renameat2, RENAME_NOREPLACE).
static inline int articled_rename_noreplace(const char *from, const char *to) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 1u);
}

/// syncfs(2): flushes every dirty page and entry of the file system holding `fd`.
static inline int articled_syncfs(int fd) {
    return (int)syscall(SYS_syncfs, fd);
}

/// The file system type (statfs f_type) of the file system holding `path`, or -1.
static inline long articled_filesystem_type(const char *path) {
    struct statfs info;
    if (statfs(path, &info) != 0) return -1;
    return (long)info.f_type;
}
#endif
