#ifndef ARTICLED_CLINUX_H
#define ARTICLED_CLINUX_H
// Linux system calls that Swift's Glibc module does not expose.
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <sys/vfs.h>
#include <signal.h>
#include <sys/wait.h>
#include <spawn.h>
#include <pthread.h>
#include <string.h>

// glibc declares these only under _GNU_SOURCE, which Swift's Glibc module is not built with.
extern int pipe2(int pipefd[2], int flags);
extern int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *__restrict actions,
                                                const char *__restrict path);
extern int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);

/// rename(2) that fails with EEXIST instead of replacing the destination (renameat2, RENAME_NOREPLACE).
static inline int articled_rename_noreplace(const char *from, const char *to) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 1u);
}

static void articled_wake_handler(int signal) { (void)signal; }

/// Makes SIGURG end a wait in select(2) or poll(2) of the thread it is sent to (EINTR, which
/// these calls return whatever the flags) and do nothing else: a handler that returns at once,
/// with SA_RESTART, so that a stray SIGURG reaching another thread restarts its read, write or
/// fsync instead of failing it. SIGURG is ignored by default. Returns 0, or -1 with errno.
static inline int articled_install_wake_signal(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = articled_wake_handler;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    return sigaction(SIGURG, &action, NULL);
}

/// Lets the calling thread receive SIGURG (threads started from a dispatch worker inherit a
/// mask that blocks every signal). 0 or an errno value.
static inline int articled_unblock_wake_signal(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGURG);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

/// Interrupts `thread`'s blocking call (see articled_install_wake_signal); 0 or an errno value.
static inline int articled_wake_thread(pthread_t thread) {
    return pthread_kill(thread, SIGURG);
}

/// The file system type (statfs f_type) of the file system holding `path`, or -1.
static inline long articled_filesystem_type(const char *path) {
    struct statfs info;
    if (statfs(path, &info) != 0) return -1;
    return (long)info.f_type;
}

/// A pipe whose both ends are close-on-exec, so that no other child inherits them.
static inline int articled_pipe_cloexec(int fds[2]) {
    return pipe2(fds, O_CLOEXEC);
}

/// Starts `path` in a process group of its own (POSIX_SPAWN_SETPGROUP), in folder `cwd`, with
/// `in_fd`, `out_fd` and `err_fd` as its standard streams and no other descriptor (neither
/// the inotify one nor any the daemon inherited: a plugin's children must not hold them), every signal at its default action
/// (the daemon ignores SIGPIPE, and ignored signals survive exec) and none blocked.
/// Returns 0 and the child's id in `pid`, or an errno value (ENOENT for a missing program).
static inline int articled_spawn_in_group(pid_t *pid, const char *path, char *const argv[], char *const envp[],
                                          const char *cwd, int in_fd, int out_fd, int err_fd) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    int rc = posix_spawn_file_actions_init(&actions);
    if (rc != 0) return rc;
    rc = posix_spawnattr_init(&attributes);
    if (rc != 0) { posix_spawn_file_actions_destroy(&actions); return rc; }
    sigset_t defaults, mask;
    sigfillset(&defaults);
    sigdelset(&defaults, SIGKILL);
    sigdelset(&defaults, SIGSTOP);
    sigemptyset(&mask);
    if (rc == 0) rc = posix_spawn_file_actions_adddup2(&actions, in_fd, 0);
    if (rc == 0) rc = posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
    if (rc == 0) rc = posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
    if (rc == 0) rc = posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    if (rc == 0) rc = posix_spawn_file_actions_addchdir_np(&actions, cwd);
    if (rc == 0) rc = posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    if (rc == 0) rc = posix_spawnattr_setpgroup(&attributes, 0);
    if (rc == 0) rc = posix_spawnattr_setsigdefault(&attributes, &defaults);
    if (rc == 0) rc = posix_spawnattr_setsigmask(&attributes, &mask);
    if (rc == 0) rc = posix_spawn(pid, path, &actions, &attributes, argv, envp);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return rc;
}

/// The exit code of a wait status, or -1 when the process did not exit normally.
static inline int articled_exit_code(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

/// The signal that ended a process, from its wait status, or 0.
static inline int articled_exit_signal(int status) { return WIFSIGNALED(status) ? WTERMSIG(status) : 0; }
#endif
