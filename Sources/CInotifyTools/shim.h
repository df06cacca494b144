#ifndef ARTICLED_CINOTIFYTOOLS_SHIM_H
#define ARTICLED_CINOTIFYTOOLS_SHIM_H
#include <inotifytools/inotifytools.h>
#include <inotifytools/inotify.h>
#endif
