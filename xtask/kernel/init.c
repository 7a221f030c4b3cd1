// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The whole userspace of `cargo xtask kernel`: a static /init that mounts devtmpfs, proc, sysfs
// and debugfs, loads every module listed in /etc/modules with finit_module, waits (bounded) for
// the self-test summary line ("N passed, M failed") of each module loaded with `selftest=1`,
// runs the tests the kernel command line asks for, unloads the modules with delete_module in
// reverse order and powers off.
//
// /etc/modules: one module per line, `PATH [PARAM=VALUE ...] [@iommu] [@test]`; `#` starts a
// comment.
// Parameters on the kernel command line written `MODNAME.PARAM=VALUE` are added, as modprobe
// would. `@iommu` marks the IOMMU driver: its debugfs counters are read around the tests, and
// before it is unloaded the PCI devices in IOMMU groups are removed (each device the IOMMU core
// probed holds a reference on the driver's module). `@test` marks a test module, loaded only
// with `iommugen.test=1`.
//
// The kernel command line may set:
//   iommugen.wait=SECONDS   the bound of the wait for self-test summaries (default 30);
//   iommugen.blk=MIB        write MIB MiB of a pseudo-random pattern to /dev/vda with O_DIRECT,
//                           read it back, compare checksums and time both (throughput);
//   iommugen.rounds=N       repeat that N times (default 1);
//   iommugen.jobs=N         also run the block test with N processes at once, each on its own
//                           slice of every disk (queue depth N per disk);
//   iommugen.disks=N        the block tests use the first N virtio disks (vda, vdb, ...) at once;
//   iommugen.test=1         also load the modules marked `@test` (the driver's test module:
//                           KUnit suites, DMA checks with QEMU's edu device);
//   iommugen.bench=SECONDS  bind QEMU's edu device to the kernel's dma_map_benchmark driver and
//                           run /bin/dma_map_benchmark (Linux's tools/dma) for 1, 2 and 4 threads
//                           and 1, 16 and 256 pages, SECONDS each; one `bench:` line per run;
//   iommugen.soak=SECONDS   the SMP soak: dma_map_benchmark runs of seeded random sizes from 4
//                           threads while 4 processes write and check data on every disk;
//   iommugen.keep=1         leave the modules loaded: power-off then runs the IOMMU driver's
//                           shutdown with its devices still live (as a production system does);
//   iommugen.iommufd=DEPTH  run /bin/iommufd-conformance DEPTH WALKS (iommugen.walks=WALKS,
//                           default 20): the conformance suite against the IOMMU driver through
//                           iommufd and VFIO, with the edu device bound to vfio-pci; its lines
//                           go to the console, and a harness that cannot run is a failure
//                           (unless the kernel refused the devices to vfio-pci: then a line
//                           says so, and the boot's expectations decide);
//   iommugen.skip=NAME      do not load module NAME (a boot of the same initramfs with another
//                           IOMMU driver: Linux's own, built into the kernel);
//   iommugen.insns=1        name each timed block-I/O phase and each dma_map_benchmark run on
//                           the console (`insns: phase N: ...`): the QEMU plugin of `cargo
//                           xtask compare` counts the guest instructions between the marks
//                           around each phase (and, in the benchmark's, per map and unmap call).
//
// Everything it reports goes to the kernel log (/dev/kmsg) prefixed "iommugen-init: ", so it is
// ordered with the kernel's own lines on the console; the last line is "iommugen-init: done" or
// "iommugen-init: FAILED: <why>".

#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
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
	int selftest;
	int iommu;
	int test;
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

// The value of `key=` on the kernel command line as a word, or "".
static void cmdline_word(const char *cmdline, const char *key, char *out, size_t size)
{
	const char *w = strstr(cmdline, key);
	out[0] = 0;
	if (!w)
		return;
	w += strlen(key);
	size_t n = strcspn(w, " \t\n");
	snprintf(out, size, "%.*s", (int)(n < size ? n : size - 1), w);
}

// The value of `key=` on the kernel command line, or `def`.
static double cmdline_number(const char *cmdline, const char *key, double def)
{
	const char *w = strstr(cmdline, key);
	return w ? atof(w + strlen(key)) : def;
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
		for (char *p = strtok_r(NULL, " \t", &save); p; p = strtok_r(NULL, " \t", &save)) {
			if (strcmp(p, "@iommu") == 0)
				m->iommu = 1;
			else if (strcmp(p, "@test") == 0)
				m->test = 1;
			else if (p[0] == '@')
				fail("/etc/modules: unknown flag %s", p);
			else
				append_param(m, p);
		}
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
	for (int i = 0; i < count; i++)
		mods[i].selftest = strstr(mods[i].params, "selftest=1") != NULL;
	// Test modules only with iommugen.test=1.
	int tests = cmdline_number(cmdline, "iommugen.test=", 0) != 0;
	for (int i = 0; !tests && i < count; i++)
		if (mods[i].test) {
			memmove(&mods[i], &mods[i + 1], (size_t)(count - i - 1) * sizeof mods[0]);
			count--;
			i--;
		}
	// iommugen.skip=NAME: that module stays out (another driver serves its device).
	char skip[64];
	cmdline_word(cmdline, "iommugen.skip=", skip, sizeof skip);
	for (int i = 0; skip[0] && i < count; i++)
		if (strcmp(mods[i].name, skip) == 0) {
			say("not loading %s (iommugen.skip)", skip);
			memmove(&mods[i], &mods[i + 1], (size_t)(count - i - 1) * sizeof mods[0]);
			count--;
			i--;
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
			pending += mods[i].loaded && mods[i].selftest && !mods[i].reported;
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
				if (mods[i].loaded && mods[i].selftest && !mods[i].reported)
					fail("%s printed no \"N passed, M failed\" line within %.0f s", mods[i].name, bound);
			break;
		}
		usleep(20000);
	}
	close(fd);
}


// The IOMMU driver's debugfs counters ("name value" lines): /sys/kernel/debug/MODULE/DEVICE/stats.
#define MAX_COUNTERS 32
struct counters {
	int n;
	char name[MAX_COUNTERS][32];
	unsigned long long value[MAX_COUNTERS];
};

static char stats_dir[600];

static int find_stats_dir(const struct module *iommu)
{
	char base[80];
	snprintf(base, sizeof base, "/sys/kernel/debug/%.60s", iommu->name);
	DIR *d = opendir(base);
	if (!d)
		return 0;
	struct dirent *e;
	int found = 0;
	while (!found && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(stats_dir, sizeof stats_dir, "%s/%s", base, e->d_name);
		found = 1;
	}
	closedir(d);
	return found;
}

static int read_counters(struct counters *c)
{
	char text[4096], path[700];
	memset(c, 0, sizeof *c);
	snprintf(path, sizeof path, "%s/stats", stats_dir);
	if (!stats_dir[0] || read_file(path, text, sizeof text) == 0)
		return 0;
	for (char *save, *line = strtok_r(text, "\n", &save); line && c->n < MAX_COUNTERS; line = strtok_r(NULL, "\n", &save))
		if (sscanf(line, "%31s %llu", c->name[c->n], &c->value[c->n]) == 2)
			c->n++;
	return c->n;
}

static unsigned long long counter(const struct counters *c, const char *name)
{
	for (int i = 0; i < c->n; i++)
		if (strcmp(c->name[i], name) == 0)
			return c->value[i];
	return 0;
}

// Prints the lines of /proc/interrupts that name `match`, as `WHAT: interrupt LINE`.
static void say_interrupts(const char *what, const char *match)
{
	static char irqs[16384];
	if (read_file("/proc/interrupts", irqs, sizeof irqs) > 0)
		for (char *save, *line = strtok_r(irqs, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
			if (strstr(line, match)) {
				while (*line == ' ')
					line++;
				say("%s: interrupt %s", what, line);
			}
}

// Says what the driver did between two readings: every counter that moved.
static void say_counters(const char *what, const struct counters *before, const struct counters *after)
{
	char line[LINE_MAX_LEN];
	int len = snprintf(line, sizeof line, "%s: the IOMMU driver handled", what);
	int moved = 0;
	for (int i = 0; i < after->n; i++) {
		unsigned long long d = after->value[i] - counter(before, after->name[i]);
		if (d == 0 || strcmp(after->name[i], "map_bytes") == 0 || strcmp(after->name[i], "unmap_bytes") == 0)
			continue;
		len += snprintf(line + len, sizeof line - (size_t)len, " %s +%llu", after->name[i], d);
		moved++;
		if ((size_t)len >= sizeof line - 40)
			break;
	}
	say("%s%s", line, moved ? "" : " nothing (no map, unmap or invalidation)");
}

static int write_text(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t w = write(fd, text, strlen(text));
	close(fd);
	return w == (ssize_t)strlen(text) ? 0 : -1;
}

// Waits (bounded) for a block device node that devtmpfs creates.
static int wait_for_node(const char *path, double seconds)
{
	double deadline = now() + seconds;
	struct stat st;
	while (stat(path, &st) != 0) {
		if (now() > deadline)
			return 0;
		usleep(20000);
	}
	return 1;
}

// The test pattern: xorshift64 seeded by the round, one word at a time.
static void fill(uint64_t *words, size_t n, uint64_t seed)
{
	uint64_t x = seed * 0x9e3779b97f4a7c15ull + 1;
	for (size_t i = 0; i < n; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		words[i] = x;
	}
}

// FNV-1a over 64-bit words.
static uint64_t checksum(const uint64_t *words, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ words[i]) * 0x100000001b3ull;
	return h;
}

#define CHUNK (1u << 20)

// Whether to name the marked phases on the console (iommugen.insns=1), and how many there were.
static int insns_lines, insns_phases;

// The marks a QEMU plugin (xtask/insns) watches for: `movz xzr, #1` where a timed phase starts,
// `#2` where it ends. The instruction writes the zero register, so it does nothing; no compiler
// emits it. On other architectures there are no marks yet: the plugin reads AArch64 only.
static inline void mark_start(void)
{
#if defined(__aarch64__)
	__asm__ volatile("movz xzr, #1" ::: "memory");
#endif
}

// Ends the marked phase, naming it `desc` on the console.
static void mark_end_as(const char *desc)
{
#if defined(__aarch64__)
	__asm__ volatile("movz xzr, #2" ::: "memory");
#endif
	insns_phases++;
	if (insns_lines)
		say("insns: phase %d: %s", insns_phases, desc);
}

// Ends the marked phase moving `mib` MiB (`what`: the workload; `writing`: its direction).
static void mark_end(const char *what, int writing, double mib)
{
	char desc[96];
	snprintf(desc, sizeof desc, "%s %s %.0f MiB", what, writing ? "write" : "read", mib);
	mark_end_as(desc);
}

// Moves `bytes` between `buf` and the device in CHUNK pieces; returns the seconds taken or -1.
static double transfer(int fd, void *buf, size_t bytes, int writing)
{
	double start = now();
	for (size_t off = 0; off < bytes; off += CHUNK) {
		size_t n = bytes - off < CHUNK ? bytes - off : CHUNK;
		ssize_t r = writing ? pwrite(fd, (char *)buf + off, n, (off_t)off) : pread(fd, (char *)buf + off, n, (off_t)off);
		if (r != (ssize_t)n) {
			fail("blk: %s at offset %zu: %s", writing ? "write" : "read", off, r < 0 ? strerror(errno) : "short transfer");
			return -1;
		}
	}
	if (writing && fsync(fd) != 0) {
		fail("blk: fsync: %s", strerror(errno));
		return -1;
	}
	return now() - start;
}

// Pages in each physically contiguous run of the one-process block test's buffers.
#define BLK_RUN 9

// Two buffers of `pages` pages each whose memory comes in physically contiguous runs of
// exactly BLK_RUN pages, no run following on from the one before it (so no two runs merge into
// one segment of a request); 0 (said) if they cannot be built. Pages faulted in for a buffer come in runs whose lengths depend on the state of the
// kernel's free-page lists: with 4 CPUs, 8 or 20 map calls into the IOMMU driver per request
// from boot to boot (with one, about 22), and with them every layer's work per MiB. So it faults pools of fresh pages,
// reads their frame numbers through /proc/self/pagemap, and moves runs of BLK_RUN consecutive
// frames into place with mremap, in turn to either buffer. The pools stay mapped until both
// buffers are built (a page freed comes back first, in the reverse order), then what is left
// of them is freed.
static int blk_buffers(uint64_t *bufs[2], size_t pages)
{
	enum { POOL_PAGES = 8192, MOST_POOLS = 6 };
	char *pools[MOST_POOLS], *dst[2];
	size_t npools = 0, placed[2] = { 0, 0 };
	// The frame after each buffer's last run, which its next run must not start at.
	uint64_t after_last[2] = { 0, 0 };
	uint64_t *pfn = malloc(POOL_PAGES * sizeof *pfn);
	int pm = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC), ok = pfn && pm >= 0;
	for (int k = 0; k < 2; k++) {
		dst[k] = mmap(NULL, pages * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		ok = ok && dst[k] != MAP_FAILED;
	}
	while (ok && placed[0] + placed[1] < 2 * pages && npools < MOST_POOLS) {
		char *pool = mmap(NULL, POOL_PAGES * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (pool == MAP_FAILED)
			break;
		pools[npools++] = pool;
		for (size_t i = 0; i < POOL_PAGES; i++)
			pool[i * 4096] = 1;
		ssize_t want = (ssize_t)(POOL_PAGES * sizeof *pfn);
		if (pread(pm, pfn, (size_t)want, (off_t)((uintptr_t)pool / 4096 * sizeof *pfn)) != want)
			break;
		for (size_t i = 0; i < POOL_PAGES; i++)
			pfn[i] = pfn[i] >> 63 ? pfn[i] & ((1ULL << 55) - 1) : 0;
		for (size_t s = 0; ok && s < POOL_PAGES;) {
			size_t e = s + 1;
			while (e < POOL_PAGES && pfn[s] && pfn[e] == pfn[e - 1] + 1)
				e++;
			// Runs of BLK_RUN from this run of frames (none if the frames are not known: no
			// CAP_SYS_ADMIN), each to the next place of the buffer with fewer pages placed
			// that it does not follow on from.
			for (size_t c = s; pfn[s] && c + BLK_RUN <= e; c += BLK_RUN) {
				int k = placed[1] < placed[0];
				if (placed[k] == pages || after_last[k] == pfn[c])
					k = !k;
				if (placed[k] == pages || after_last[k] == pfn[c])
					continue;
				size_t at = placed[k], n = pages - at < BLK_RUN ? pages - at : BLK_RUN;
				if (mremap(pool + c * 4096, n * 4096, n * 4096, MREMAP_MAYMOVE | MREMAP_FIXED,
					   dst[k] + at * 4096) == MAP_FAILED) {
					fail("blk: mremap: %s", strerror(errno));
					ok = 0;
					break;
				}
				placed[k] += n;
				after_last[k] = pfn[c] + n;
			}
			s = e;
		}
	}
	for (size_t i = 0; i < npools; i++)
		munmap(pools[i], POOL_PAGES * 4096);
	if (pm >= 0)
		close(pm);
	free(pfn);
	if (ok && placed[0] + placed[1] == 2 * pages) {
		say("blk: 2 buffers of %zu pages in runs of %d consecutive frames (from %zu pool(s) of %d pages)", pages,
		    BLK_RUN, npools, POOL_PAGES);
		bufs[0] = (uint64_t *)dst[0];
		bufs[1] = (uint64_t *)dst[1];
		return 1;
	}
	if (ok)
		fail("blk: cannot lay out 2 x %zu pages in runs of %d (%zu and %zu placed from %zu pool(s))", pages,
		     BLK_RUN, placed[0], placed[1], npools);
	for (int k = 0; k < 2; k++)
		if (dst[k] != MAP_FAILED)
			munmap(dst[k], pages * 4096);
	return 0;
}

// The block test: write a pattern through the block layer with O_DIRECT, read it back, check.
static void blk_test(const struct module *iommu, int mib, int rounds)
{
	const char *disk = "/dev/vda";
	if (!wait_for_node(disk, 10)) {
		fail("blk: %s did not appear", disk);
		return;
	}
	size_t bytes = (size_t)mib << 20, words = bytes / 8;
	uint64_t *bufs[2];
	if (!blk_buffers(bufs, bytes / 4096))
		return;
	uint64_t *out = bufs[0], *in = bufs[1];
	int fd = open(disk, O_RDWR | O_DIRECT | O_CLOEXEC);
	if (fd < 0) {
		fail("blk: open %s: %s", disk, strerror(errno));
		munmap(out, bytes);
		munmap(in, bytes);
		return;
	}
	struct counters before, after;
	int have = iommu && read_counters(&before);
	double wbest = 0, rbest = 0;
	for (int r = 0; r < rounds; r++) {
		fill(out, words, (uint64_t)r + 1);
		memset(in, 0, bytes);
		uint64_t sum_out = checksum(out, words);
		mark_start();
		double wt = transfer(fd, out, bytes, 1);
		mark_end("blk", 1, mib);
		double rt = -1;
		if (wt >= 0) {
			mark_start();
			rt = transfer(fd, in, bytes, 0);
			mark_end("blk", 0, mib);
		}
		if (rt < 0)
			break;
		uint64_t sum_in = checksum(in, words);
		int same = sum_in == sum_out && memcmp(in, out, bytes) == 0;
		double wr = mib / wt, rd = mib / rt;
		wbest = wr > wbest ? wr : wbest;
		rbest = rd > rbest ? rd : rbest;
		say("blk: round %d: wrote %d MiB in %.0f ms (%.1f MiB/s), read back in %.0f ms (%.1f MiB/s), checksum %016llx %s %016llx: %s",
		    r + 1, mib, wt * 1e3, wr, rt * 1e3, rd, (unsigned long long)sum_out, same ? "==" : "!=",
		    (unsigned long long)sum_in, same ? "data intact" : "DATA CORRUPTED");
		if (!same)
			fail("blk: the data read back differs from what was written");
	}
	close(fd);
	if (have && read_counters(&after)) {
		say_counters("blk", &before, &after);
		say("blk: map_bytes +%llu unmap_bytes +%llu",
		    counter(&after, "map_bytes") - counter(&before, "map_bytes"),
		    counter(&after, "unmap_bytes") - counter(&before, "unmap_bytes"));
	}
	say("blk: throughput (best of %d): write %.1f MiB/s, read %.1f MiB/s", rounds, wbest, rbest);
	// The disk's interrupts: MSI-X messages are DMA writes, mapped through the IOMMU too.
	say_interrupts("blk", "virtio");
	munmap(out, bytes);
	munmap(in, bytes);
}

// The first `count` virtio disks: /dev/vda, /dev/vdb, ... (waits for each, bounded).
static int disk_names(char names[][16], int count)
{
	for (int d = 0; d < count; d++) {
		snprintf(names[d], 16, "/dev/vd%c", 'a' + d);
		if (!wait_for_node(names[d], 10)) {
			fail("blk: %s did not appear", names[d]);
			return 0;
		}
	}
	return 1;
}

// One worker of the parallel block test: prepares its buffers (`want`, `buf`: `bytes` each), says
// so on `ready`, waits for the start on `go`, then writes `bytes` of the pattern `seed` at `off`
// of `disk` (then fsync), or reads them back, and sends the CLOCK_MONOTONIC time its I/O ended
// on `ready`; it then waits for a byte on `done`, sent once every worker's I/O ended, before it
// checks the data (a reader) and exits: neither a check nor an exit runs beside another
// worker's I/O. (A pipe of its own: on `go`, a worker that ended early could take the start of
// one that has not started.) Exit status: 0 done and intact, 1 I/O error, 2 the data read back
// differs.
static int par_worker(const char *disk, size_t off, size_t bytes, uint64_t seed, int writing, int ready, int go, int done,
		      uint64_t *want, uint64_t *buf)
{
	size_t words = bytes / 8;
	char c = 0;
	fill(want, words, seed);
	memset(buf, 0, bytes);
	int fd = open(disk, O_RDWR | O_DIRECT | O_CLOEXEC);
	// Ready even when failed (the parent counts one byte per worker), then wait for the start;
	// a worker that cannot run still sends an end, so that the parent waits for no one.
	int ok = write(ready, &c, 1) == 1;
	ok = read(go, &c, 1) == 1 && ok && fd >= 0;
	for (size_t at = 0; ok && at < bytes; at += CHUNK) {
		size_t n = bytes - at < CHUNK ? bytes - at : CHUNK;
		ssize_t r = writing ? pwrite(fd, (char *)want + at, n, (off_t)(off + at))
				    : pread(fd, (char *)buf + at, n, (off_t)(off + at));
		ok = r == (ssize_t)n;
	}
	if (ok && writing)
		ok = fsync(fd) == 0;
	double end = now();
	if (write(ready, &end, sizeof end) != sizeof end || !ok)
		return 1;
	if (read(done, &c, 1) != 1)
		return 1;
	if (writing)
		return 0;
	return memcmp(buf, want, bytes) == 0 ? 0 : 2;
}

// The buffers of the parallel block tests' `workers` workers, two of `slice` bytes each: one
// shared mapping that every phase of a test reuses (worker k's are the slices 2k and 2k + 1),
// so that every round moves data from and to the same physical pages. Its pages are touched
// first at even page numbers, then at odd ones: no two neighbours were allocated one after the
// other, so each page of a request is a segment of its own, mapped by its own call into the
// IOMMU driver, as in the memory of a process that has run a while. (With buffers allocated
// afresh by each worker, how contiguous they came out changed from round to round, and with it
// the driver's share of the work.) NULL (and a failure) if it cannot.
static uint64_t *par_buffers(int workers, size_t slice)
{
	size_t bytes = 2 * (size_t)workers * slice;
	char *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		fail("blk: cannot map 2 x %d x %zu bytes: %s", workers, slice, strerror(errno));
		return NULL;
	}
	for (size_t first = 0; first < 2 * 4096; first += 4096)
		for (size_t at = first; at < bytes; at += 2 * 4096)
			p[at] = 1;
	return (uint64_t *)p;
}

// Runs the `jobs * ndisks` workers of one phase at once, on the buffers of `pool`
// ([`par_buffers`]): all prepare their data, then start together; returns the seconds from the
// start until the last one's I/O ended, or -1. `what` names the phase for its marks.
static double par_phase(char disks[][16], int ndisks, int jobs, size_t slice, uint64_t seed, int writing, const char *what,
			uint64_t *pool)
{
	pid_t pids[64];
	int workers = jobs * ndisks, bad = 0, ready[2], go[2], done[2];
	if (pipe(ready) != 0 || pipe(go) != 0 || pipe(done) != 0) {
		fail("blk: pipe: %s", strerror(errno));
		return -1;
	}
	for (int k = 0; k < workers; k++) {
		pids[k] = fork();
		if (pids[k] == 0) {
			close(ready[0]);
			close(go[1]);
			close(done[1]);
			uint64_t *want = pool + 2 * (size_t)k * (slice / 8);
			_exit(par_worker(disks[k % ndisks], (size_t)(k / ndisks) * slice, slice, seed + (uint64_t)k, writing, ready[1], go[0],
					 done[0], want, want + slice / 8));
		}
		if (pids[k] < 0) {
			fail("blk: fork: %s", strerror(errno));
			workers = k;
			bad++;
			break;
		}
	}
	close(ready[1]);
	close(go[0]);
	close(done[0]);
	char c = 0;
	int prepared = 0;
	while (prepared < workers && read(ready[0], &c, 1) == 1)
		prepared++;
	mark_start();
	double start = now(), last = start, end;
	for (int k = 0; k < workers; k++)
		if (write(go[1], &c, 1) != 1)
			bad++;
	close(go[1]);
	for (int k = 0; k < workers; k++)
		if (read(ready[0], &end, sizeof end) == sizeof end && end > last)
			last = end;
	mark_end(what, writing, (double)(slice * (size_t)workers) / (1 << 20));
	// The workers check their data and exit now, with every worker's I/O done.
	for (int k = 0; k < workers; k++)
		if (write(done[1], &c, 1) != 1)
			bad++;
	close(done[1]);
	close(ready[0]);
	for (int k = 0; k < workers; k++) {
		int status = 0;
		if (waitpid(pids[k], &status, 0) != pids[k] || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			bad++;
			if (WIFEXITED(status) && WEXITSTATUS(status) == 2)
				fail("blk: worker %d: DATA CORRUPTED on %s", k, disks[k % ndisks]);
			else
				fail("blk: worker %d: %s failed on %s", k, writing ? "write" : "read", disks[k % ndisks]);
		}
	}
	return bad || prepared < workers ? -1 : last - start;
}

// The parallel block test: `jobs` processes per disk on `ndisks` disks at once, each moving its
// own slice of `mib / jobs` MiB; throughput counts the bytes of all disks.
static void par_test(int mib, int jobs, int ndisks, int rounds)
{
	char disks[8][16];
	if (jobs < 1 || ndisks < 1 || ndisks > 8 || jobs * ndisks > 64) {
		fail("blk: %d job(s) on %d disk(s): out of range", jobs, ndisks);
		return;
	}
	if (!disk_names(disks, ndisks))
		return;
	size_t slice = ((size_t)mib << 20) / (size_t)jobs;
	slice -= slice % 4096;
	double total = (double)(slice * (size_t)jobs * (size_t)ndisks) / (1 << 20);
	double wbest = 0, rbest = 0;
	char what[32];
	snprintf(what, sizeof what, "blk %dx%d", jobs, ndisks);
	uint64_t *pool = par_buffers(jobs * ndisks, slice);
	if (!pool)
		return;
	for (int r = 0; r < rounds; r++) {
		uint64_t seed = 1000 * (uint64_t)(r + 1);
		double wt = par_phase(disks, ndisks, jobs, slice, seed, 1, what, pool);
		double rt = wt < 0 ? -1 : par_phase(disks, ndisks, jobs, slice, seed, 0, what, pool);
		if (rt < 0) {
			munmap(pool, 2 * (size_t)(jobs * ndisks) * slice);
			return;
		}
		wbest = total / wt > wbest ? total / wt : wbest;
		rbest = total / rt > rbest ? total / rt : rbest;
	}
	munmap(pool, 2 * (size_t)(jobs * ndisks) * slice);
	say("blk %dx%d: %d job(s) on each of %d disk(s), %.0f MiB, data intact", jobs, ndisks, jobs, ndisks, total);
	say("blk %dx%d: throughput (best of %d): write %.1f MiB/s, read %.1f MiB/s", jobs, ndisks, rounds, wbest, rbest);
}

// Runs `argv` with its output read back through a pipe into `out`; returns its exit status.
static int run_captured(char *const argv[], char *out, size_t size)
{
	int fds[2];
	if (pipe(fds) != 0)
		return -1;
	pid_t pid = fork();
	if (pid == 0) {
		dup2(fds[1], 1);
		dup2(fds[1], 2);
		close(fds[0]);
		execv(argv[0], argv);
		_exit(127);
	}
	close(fds[1]);
	size_t len = 0;
	for (;;) {
		ssize_t r = read(fds[0], out + len, size - 1 - len);
		if (r <= 0 || len + (size_t)r >= size - 1)
			break;
		len += (size_t)r;
	}
	out[len] = 0;
	close(fds[0]);
	int status = 0;
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Binds QEMU's edu device (1234:11e8) to the kernel's dma_map_benchmark driver.
static int bind_benchmark(void)
{
	DIR *d = opendir("/sys/bus/pci/devices");
	struct dirent *e;
	char path[600], text[32], found[64] = "";
	while (d && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "/sys/bus/pci/devices/%s/vendor", e->d_name);
		if (read_file(path, text, sizeof text) == 0 || strncmp(text, "0x1234", 6) != 0)
			continue;
		snprintf(path, sizeof path, "/sys/bus/pci/devices/%s/device", e->d_name);
		if (read_file(path, text, sizeof text) > 0 && strncmp(text, "0x11e8", 6) == 0)
			snprintf(found, sizeof found, "%.60s", e->d_name);
	}
	if (d)
		closedir(d);
	if (!found[0]) {
		fail("bench: no edu device (1234:11e8) on the PCI bus");
		return 0;
	}
	snprintf(path, sizeof path, "/sys/bus/pci/devices/%s/driver/unbind", found);
	write_text(path, found);
	snprintf(path, sizeof path, "/sys/bus/pci/devices/%s/driver_override", found);
	if (write_text(path, "dma_map_benchmark") != 0 || write_text("/sys/bus/pci/drivers_probe", found) != 0) {
		fail("bench: cannot bind %s to dma_map_benchmark: %s", found, strerror(errno));
		return 0;
	}
	if (!wait_for_node("/sys/kernel/debug/dma_map_benchmark", 5)) {
		fail("bench: /sys/kernel/debug/dma_map_benchmark did not appear");
		return 0;
	}
	say("bench: %s bound to dma_map_benchmark", found);
	return 1;
}

// One run of Linux's dma_map_benchmark tool: average map and unmap latency in us. Returns 0 on
// success.
static int bench_run(int threads, int pages, int seconds, double *map_us, double *map_sd, double *unmap_us, double *unmap_sd)
{
	char t[16], g[16], s[16], out[4096];
	snprintf(t, sizeof t, "%d", threads);
	snprintf(g, sizeof g, "%d", pages);
	snprintf(s, sizeof s, "%d", seconds);
	char *const argv[] = { "/bin/dma_map_benchmark", "-t", t, "-g", g, "-s", s, NULL };
	int st = run_captured(argv, out, sizeof out);
	const char *m = strstr(out, "average map latency(us):");
	const char *u = strstr(out, "average unmap latency(us):");
	if (st != 0 || !m || !u || sscanf(m, "average map latency(us):%lf standard deviation:%lf", map_us, map_sd) != 2 ||
	    sscanf(u, "average unmap latency(us):%lf standard deviation:%lf", unmap_us, unmap_sd) != 2) {
		char *nl = strchr(out, '\n');
		if (nl)
			*nl = 0;
		fail("bench: dma_map_benchmark -t %d -g %d -s %d: exit %d: %s", threads, pages, seconds, st, out);
		return -1;
	}
	return 0;
}

// The iommufd conformance suite: /bin/iommufd-conformance DEPTH WALKS, its output on the console.
static void iommufd_test(int depth, int walks)
{
	char d[16], w[16];
	snprintf(d, sizeof d, "%d", depth);
	snprintf(w, sizeof w, "%d", walks);
	char *const argv[] = { "/bin/iommufd-conformance", d, w, NULL };
	say("iommufd: running the conformance suite at depth %d, %d random walks", depth, walks);
	pid_t pid = fork();
	if (pid == 0) {
		execv(argv[0], argv);
		_exit(127);
	}
	int status = 0;
	if (pid < 0 || waitpid(pid, &status, 0) != pid) {
		fail("iommufd: cannot run %s: %s", argv[0], strerror(errno));
		return;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 2)
		// The kernel refused to hand the devices to VFIO with this IOMMU driver: a property of
		// the driver the boot's expectations name, not a failure of the harness.
		say("iommufd: the suite cannot run against this IOMMU driver (vfio-pci refused the devices)");
	else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("iommufd: the harness could not run (status %d)", status);
	else
		say("iommufd: the suite ran");
	// The IOMMU driver's own interrupts (a generated module's are named after it).
	say_interrupts("iommufd", "iommugen");
}

// dma_map_benchmark for 1, 2 and 4 threads and 1, 16 and 256 pages per mapping; with a
// generated IOMMU driver (`iommu`), also what its counters say each run did.
static void bench_test(const struct module *iommu, int seconds)
{
	static const int threads[] = { 1, 2, 4 }, pages[] = { 1, 16, 256 };
	if (!bind_benchmark())
		return;
	for (size_t i = 0; i < sizeof threads / sizeof threads[0]; i++)
		for (size_t j = 0; j < sizeof pages / sizeof pages[0]; j++) {
			double mu, ms, uu, us;
			struct counters before, after;
			int have = iommu && read_counters(&before);
			// Marked, for the QEMU plugin that counts the instructions of each map and unmap
			// call (the phase ends even if the run failed, so that the marks stay paired).
			mark_start();
			int r = bench_run(threads[i], pages[j], seconds, &mu, &ms, &uu, &us);
			char desc[96];
			snprintf(desc, sizeof desc, "bench %d threads %d pages %d s", threads[i], pages[j], seconds);
			mark_end_as(desc);
			if (r != 0)
				continue;
			say("bench: threads=%d pages=%d map_us=%.1f map_sd=%.1f unmap_us=%.1f unmap_sd=%.1f",
			    threads[i], pages[j], mu, ms, uu, us);
			if (have && read_counters(&after)) {
				char what[64];
				snprintf(what, sizeof what, "bench %d x %d", threads[i], pages[j]);
				say_counters(what, &before, &after);
			}
		}
}

// The SMP soak: for `seconds`, dma_map_benchmark runs of random sizes (1 to 1024 pages, drawn
// from `seed`) from 4 threads, while 4 processes per disk write and check their slices.
static void soak_test(int seconds, uint64_t seed, int ndisks)
{
	char disks[8][16];
	if (!bind_benchmark() || ndisks < 1 || ndisks > 8 || !disk_names(disks, ndisks))
		return;
	double deadline = now() + seconds;
	pid_t bench = fork();
	if (bench == 0) {
		uint64_t x = seed * 0x9e3779b97f4a7c15ull + 1;
		int runs = 0;
		while (now() < deadline) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			double mu, ms, uu, us;
			if (bench_run(4, 1 + (int)(x % 1024), 1, &mu, &ms, &uu, &us) != 0)
				_exit(1);
			runs++;
		}
		say("soak: %d dma_map_benchmark run(s) of random sizes from 4 threads", runs);
		_exit(0);
	}
	size_t slice = (size_t)4 << 20;
	uint64_t *pool = par_buffers(4 * ndisks, slice);
	int rounds = 0, ok = bench > 0 && pool;
	while (ok && now() < deadline) {
		uint64_t s = seed + 7919 * (uint64_t)rounds;
		ok = par_phase(disks, ndisks, 4, slice, s, 1, "soak", pool) >= 0 && par_phase(disks, ndisks, 4, slice, s, 0, "soak", pool) >= 0;
		rounds++;
	}
	if (pool)
		munmap(pool, 2 * (size_t)(4 * ndisks) * slice);
	int status = 0;
	if (bench < 0 || waitpid(bench, &status, 0) != bench || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		ok = 0;
	if (ok)
		say("soak: PASS: %d s, seed %llu, %d write+check round(s) of 4 x 4 MiB on %d disk(s) beside the DMA benchmark: data intact",
		    seconds, (unsigned long long)seed, rounds, ndisks);
	else
		fail("soak: FAILED (seed %llu)", (unsigned long long)seed);
}

// Removes the PCI devices the IOMMU core probed (those with an iommu_group link), so that the
// IOMMU driver's module is no longer referenced.
static void remove_iommu_devices(void)
{
	DIR *d = opendir("/sys/bus/pci/devices");
	if (!d)
		return;
	struct dirent *e;
	int removed = 0;
	while ((e = readdir(d)) != NULL) {
		char path[600];
		struct stat st;
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "/sys/bus/pci/devices/%s/iommu_group", e->d_name);
		if (lstat(path, &st) != 0)
			continue;
		snprintf(path, sizeof path, "/sys/bus/pci/devices/%s/remove", e->d_name);
		if (write_text(path, "1") != 0)
			fail("remove PCI device %s: %s", e->d_name, strerror(errno));
		else
			removed++;
	}
	closedir(d);
	say("removed %d PCI device(s) from the IOMMU's groups", removed);
}

// One line per IOMMU group: its default domain's type as the IOMMU core reports it (DMA,
// DMA-FQ, identity, ...) and its devices, so that a boot shows whether its DMA is translated.
static void report_groups(void)
{
	DIR *d = opendir("/sys/kernel/iommu_groups");
	if (!d) {
		say("no IOMMU groups");
		return;
	}
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char path[320], type[64] = "", devices[256] = "";
		snprintf(path, sizeof path, "/sys/kernel/iommu_groups/%.60s/type", e->d_name);
		read_file(path, type, sizeof type);
		char *nl = strchr(type, '\n');
		if (nl)
			*nl = 0;
		snprintf(path, sizeof path, "/sys/kernel/iommu_groups/%.60s/devices", e->d_name);
		DIR *g = opendir(path);
		struct dirent *x;
		size_t used = 0;
		while (g && (x = readdir(g)) != NULL) {
			if (x->d_name[0] == '.')
				continue;
			int n = snprintf(devices + used, sizeof devices - used, " %.60s", x->d_name);
			if (n < 0 || (size_t)n >= sizeof devices - used)
				break;
			used += (size_t)n;
		}
		if (g)
			closedir(g);
		say("iommu group %s: type %s, devices%s", e->d_name, type[0] ? type : "?", devices);
	}
	closedir(d);
}

// The IOMMU's driver (platform or PCI) must offer no sysfs bind/unbind: unbinding it would pull
// the page tables from under the DMA of the devices behind it.
static void check_no_bind_files(const struct module *iommu)
{
	char drv[256], path[512];
	struct stat st;
	snprintf(drv, sizeof drv, "/sys/bus/platform/drivers/%s", iommu->name);
	if (lstat(drv, &st) != 0)
		snprintf(drv, sizeof drv, "/sys/bus/pci/drivers/%s", iommu->name);
	if (lstat(drv, &st) != 0) {
		fail("%s: no such driver directory (platform or PCI): %s", drv, strerror(errno));
		return;
	}
	const char *files[] = { "bind", "unbind" };
	int offered = 0;
	for (int i = 0; i < 2; i++) {
		snprintf(path, sizeof path, "%s/%s", drv, files[i]);
		if (lstat(path, &st) == 0) {
			fail("%s exists: the IOMMU could be unbound under its devices", path);
			offered++;
		}
	}
	if (!offered)
		say("sysfs bind/unbind: not offered by %s", drv);
}

int main(void)
{
	mount_fs("devtmpfs", "/dev", "devtmpfs");
	mount_fs("proc", "/proc", "proc");
	mount_fs("sysfs", "/sys", "sysfs");
	kmsg_fd = open("/dev/kmsg", O_WRONLY | O_CLOEXEC);
	// A write to a pipe whose readers have all exited (failed workers) is an error to count,
	// not a signal that ends init.
	signal(SIGPIPE, SIG_IGN);
	mount_fs("debugfs", "/sys/kernel/debug", "debugfs");

	char cmdline[LINE_MAX_LEN] = "";
	read_file("/proc/cmdline", cmdline, sizeof cmdline);
	double bound = cmdline_number(cmdline, "iommugen.wait=", 30);
	int blk_mib = (int)cmdline_number(cmdline, "iommugen.blk=", 0);
	int rounds = (int)cmdline_number(cmdline, "iommugen.rounds=", 1);
	int keep = (int)cmdline_number(cmdline, "iommugen.keep=", 0);
	int bench = (int)cmdline_number(cmdline, "iommugen.bench=", 0);
	int soak = (int)cmdline_number(cmdline, "iommugen.soak=", 0);
	int disks = (int)cmdline_number(cmdline, "iommugen.disks=", 1);
	uint64_t seed = (uint64_t)cmdline_number(cmdline, "iommugen.seed=", 1);
	int iommufd = (int)cmdline_number(cmdline, "iommugen.iommufd=", 0);
	int walks = (int)cmdline_number(cmdline, "iommugen.walks=", 20);
	insns_lines = cmdline_number(cmdline, "iommugen.insns=", 0) != 0;
	char par[128];
	cmdline_word(cmdline, "iommugen.par=", par, sizeof par);

	static struct module mods[MAX_MODULES];
	int count = parse_modules(mods, cmdline);
	say("starting: %d module(s), waiting at most %.0f s for self-test results", count, bound);
	const struct module *iommu = NULL;
	for (int i = 0; i < count; i++) {
		load(&mods[i]);
		if (mods[i].iommu && mods[i].loaded) {
			iommu = &mods[i];
			if (!find_stats_dir(iommu))
				say("no debugfs directory for %s", iommu->name);
			check_no_bind_files(iommu);
		}
	}
	wait_for_results(mods, count, bound);
	report_groups();
	if (blk_mib > 0)
		blk_test(iommu, blk_mib, rounds < 1 ? 1 : rounds);
	// iommugen.par=JxD[,JxD...]: parallel block tests, J jobs on each of D disks.
	for (char *save, *w = strtok_r(par, ",", &save); w && blk_mib > 0; w = strtok_r(NULL, ",", &save)) {
		int j, d;
		if (sscanf(w, "%dx%d", &j, &d) == 2)
			par_test(blk_mib, j, d, rounds < 1 ? 1 : rounds);
		else
			fail("iommugen.par: `%s` is not JOBSxDISKS", w);
	}
	if (bench > 0)
		bench_test(iommu, bench);
	if (soak > 0)
		soak_test(soak, seed, disks);
	if (iommufd > 0)
		iommufd_test(iommufd, walks);
	if (keep) {
		say("the modules stay loaded (iommugen.keep)");
	} else {
		for (int i = count - 1; i >= 0; i--) {
			if (!mods[i].loaded)
				continue;
			if (mods[i].iommu) {
				// While the IOMMU core serves devices through it, the driver's module is in use.
				if (syscall(SYS_delete_module, mods[i].name, O_NONBLOCK) == 0) {
					say("unloaded %s (no device held it)", mods[i].name);
					continue;
				}
				say("delete_module %s with devices behind it: refused (%s), as it must be", mods[i].name, strerror(errno));
				remove_iommu_devices();
			}
			if (syscall(SYS_delete_module, mods[i].name, O_NONBLOCK) != 0)
				fail("delete_module %s: %s", mods[i].name, strerror(errno));
			else
				say("unloaded %s", mods[i].name);
		}
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
