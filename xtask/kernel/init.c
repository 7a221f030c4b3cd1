// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The whole userspace of `cargo xtask kernel`: a static /init that mounts devtmpfs, proc and
// sysfs, loads every module listed in /etc/modules with finit_module, waits (bounded) for each
// module's self-test summary line ("N passed, M failed") in the kernel log, unloads the modules
// with delete_module in reverse order and powers off.
//
// /etc/modules: one module per line, `PATH [PARAM=VALUE ...]`; `#` starts a comment. Parameters
// on the kernel command line written `MODNAME.PARAM=VALUE` are added, as modprobe would.
// The kernel command line may set `iommugen.wait=SECONDS` (default 30), the bound of the wait.
//
// Everything it reports goes to the kernel log (/dev/kmsg) prefixed "iommugen-init: ", so it is
// ordered with the kernel's own lines on the console; the last line is "iommugen-init: done" or
// "iommugen-init: FAILED: <why>".

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define MAX_MODULES 16
#define LINE_MAX_LEN 1024

struct module {
	char path[256];
	char name[64];
	char params[LINE_MAX_LEN];
	int loaded;
	int reported;
};

static int kmsg_fd = -1;
static int failures;

static void say(const char *fmt, ...)
{
	char buf[LINE_MAX_LEN];
	int n = snprintf(buf, sizeof buf, "<6>iommugen-init: ");
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf + n, sizeof buf - (size_t)n, fmt, ap);
	va_end(ap);
	if (kmsg_fd >= 0 && write(kmsg_fd, buf, strlen(buf)) >= 0)
		return;
	fprintf(stderr, "%s\n", buf + 3);
}

static void fail(const char *fmt, ...)
{
	char buf[LINE_MAX_LEN];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	say("error: %s", buf);
	failures++;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void mount_fs(const char *src, const char *dir, const char *type)
{
	mkdir(dir, 0755);
	if (mount(src, dir, type, 0, NULL) != 0 && errno != EBUSY)
		fail("mount %s on %s: %s", type, dir, strerror(errno));
}

static size_t read_file(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	size_t len = 0;
	if (fd < 0)
		return 0;
	while (len + 1 < size) {
		ssize_t r = read(fd, buf + len, size - 1 - len);
		if (r <= 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	buf[len] = 0;
	return len;
}

// The module's name as the kernel knows it: the file name without ".ko", '-' read as '_'.
static void module_name(const char *path, char *name, size_t size)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	snprintf(name, size, "%s", base);
	char *dot = strstr(name, ".ko");
	if (dot)
		*dot = 0;
	for (char *p = name; *p; p++)
		if (*p == '-')
			*p = '_';
}

static void append_param(struct module *m, const char *param)
{
	size_t len = strlen(m->params);
	snprintf(m->params + len, sizeof m->params - len, "%s%s", len ? " " : "", param);
}

static int parse_modules(struct module *mods, const char *cmdline)
{
	static char text[8192];
	int count = 0;
	if (read_file("/etc/modules", text, sizeof text) == 0) {
		fail("/etc/modules is missing or empty");
		return 0;
	}
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		char *hash = strchr(line, '#');
		if (hash)
			*hash = 0;
		char *save;
		char *path = strtok_r(line, " \t", &save);
		if (!path)
			continue;
		if (count == MAX_MODULES) {
			fail("more than %d modules listed", MAX_MODULES);
			break;
		}
		struct module *m = &mods[count++];
		memset(m, 0, sizeof *m);
		snprintf(m->path, sizeof m->path, "%s", path);
		module_name(path, m->name, sizeof m->name);
		for (char *p = strtok_r(NULL, " \t", &save); p; p = strtok_r(NULL, " \t", &save))
			append_param(m, p);
	}
	// MODNAME.PARAM=VALUE words of the kernel command line.
	char copy[LINE_MAX_LEN];
	snprintf(copy, sizeof copy, "%s", cmdline);
	for (char *save, *w = strtok_r(copy, " \t\n", &save); w; w = strtok_r(NULL, " \t\n", &save)) {
		char *dot = strchr(w, '.');
		if (!dot || !strchr(dot, '='))
			continue;
		for (int i = 0; i < count; i++) {
			size_t n = strlen(mods[i].name);
			if ((size_t)(dot - w) == n && strncmp(w, mods[i].name, n) == 0)
				append_param(&mods[i], dot + 1);
		}
	}
	return count;
}

static void load(struct module *m)
{
	int fd = open(m->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		fail("open %s: %s", m->path, strerror(errno));
		return;
	}
	say("loading %s (%s) with parameters \"%s\"", m->name, m->path, m->params);
	double start = now();
	if (syscall(SYS_finit_module, fd, m->params, 0) != 0)
		fail("finit_module %s: %s", m->name, strerror(errno));
	else {
		m->loaded = 1;
		say("loaded %s in %.0f ms", m->name, (now() - start) * 1e3);
	}
	close(fd);
}

// Looks at one kernel log record for "<name>: ... N passed, M failed".
static void scan_record(char *rec, struct module *mods, int count)
{
	char *msg = strchr(rec, ';');
	if (!msg)
		return;
	msg++;
	char *nl = strchr(msg, '\n');
	if (nl)
		*nl = 0;
	for (int i = 0; i < count; i++) {
		struct module *m = &mods[i];
		size_t n = strlen(m->name);
		if (m->reported || strncmp(msg, m->name, n) != 0 || msg[n] != ':')
			continue;
		char *p = strstr(msg, " passed, ");
		if (!p)
			continue;
		while (p > msg && p[-1] >= '0' && p[-1] <= '9')
			p--;
		unsigned passed, failed;
		if (sscanf(p, "%u passed, %u failed", &passed, &failed) == 2) {
			m->reported = 1;
			say("%s self-test: %u passed, %u failed", m->name, passed, failed);
			if (failed != 0 || passed == 0)
				failures++;
		}
	}
}

// Reads the kernel log from its start until every loaded module has reported or the bound is
// reached.
static void wait_for_results(struct module *mods, int count, double bound)
{
	int fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		fail("open /dev/kmsg for reading: %s", strerror(errno));
		return;
	}
	double deadline = now() + bound;
	char rec[LINE_MAX_LEN * 2];
	for (;;) {
		int pending = 0;
		for (int i = 0; i < count; i++)
			pending += mods[i].loaded && !mods[i].reported;
		if (!pending)
			break;
		ssize_t r = read(fd, rec, sizeof rec - 1);
		if (r > 0) {
			rec[r] = 0;
			scan_record(rec, mods, count);
			continue;
		}
		if (r < 0 && errno == EPIPE)
			continue; // records were overwritten; go on with the next one
		if (now() > deadline) {
			for (int i = 0; i < count; i++)
				if (mods[i].loaded && !mods[i].reported)
					fail("%s printed no \"N passed, M failed\" line within %.0f s", mods[i].name, bound);
			break;
		}
		usleep(20000);
	}
	close(fd);
}

int main(void)
{
	mount_fs("devtmpfs", "/dev", "devtmpfs");
	mount_fs("proc", "/proc", "proc");
	mount_fs("sysfs", "/sys", "sysfs");
	kmsg_fd = open("/dev/kmsg", O_WRONLY | O_CLOEXEC);

	char cmdline[LINE_MAX_LEN] = "";
	read_file("/proc/cmdline", cmdline, sizeof cmdline);
	double bound = 30;
	char *w = strstr(cmdline, "iommugen.wait=");
	if (w)
		bound = atof(w + strlen("iommugen.wait="));

	static struct module mods[MAX_MODULES];
	int count = parse_modules(mods, cmdline);
	say("starting: %d module(s), waiting at most %.0f s for results", count, bound);
	for (int i = 0; i < count; i++)
		load(&mods[i]);
	wait_for_results(mods, count, bound);
	for (int i = count - 1; i >= 0; i--) {
		if (!mods[i].loaded)
			continue;
		if (syscall(SYS_delete_module, mods[i].name, O_NONBLOCK) != 0)
			fail("delete_module %s: %s", mods[i].name, strerror(errno));
		else
			say("unloaded %s", mods[i].name);
	}
	if (failures)
		say("FAILED: %d problem(s)", failures);
	else
		say("done");
	sync();
	reboot(RB_POWER_OFF);
	// Not reached unless power-off failed; returning from init panics, which also ends QEMU
	// (panic=-1 with -no-reboot).
	return failures ? 1 : 0;
}
