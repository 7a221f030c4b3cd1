//! The system calls the harness needs, each wrapped once: ioctls with a uAPI argument, file
//! opening, anonymous pinned pages, a mapped device region with volatile 32/64-bit access,
//! and physical addresses from `/proc/self/pagemap`. The only `unsafe` code of the crate.

use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

/// `ioctl(fd, request, arg)`: the errno on failure.
pub fn ioctl<T>(fd: &OwnedFd, request: u64, arg: &mut T) -> Result<(), i32> {
    // SAFETY: `arg` is a live, exclusively borrowed uAPI struct whose first field carries its
    // own size, which is what every iommufd and VFIO ioctl of `uapi` reads and writes.
    let r = unsafe { libc::ioctl(fd.as_raw_fd(), request as _, arg as *mut T) };
    if r < 0 {
        Err(io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO))
    } else {
        Ok(())
    }
}

/// Opens `path` read-write.
pub fn open_rw(path: &str) -> io::Result<OwnedFd> {
    let c = CString::new(path).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    // SAFETY: `c` is a NUL-terminated path; the returned descriptor is owned by the caller.
    let fd = unsafe { libc::open(c.as_ptr(), libc::O_RDWR | libc::O_CLOEXEC) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `fd` was just opened and is not owned by anything else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// `pwrite` of `data` at `offset` of `fd`.
pub fn pwrite(fd: &OwnedFd, data: &[u8], offset: u64) -> io::Result<()> {
    // SAFETY: `data` is a valid buffer of `data.len()` bytes.
    let n = unsafe {
        libc::pwrite(
            fd.as_raw_fd(),
            data.as_ptr().cast(),
            data.len(),
            offset as libc::off_t,
        )
    };
    if n != data.len() as isize {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// `pread` of `data.len()` bytes at `offset` of `fd`.
pub fn pread(fd: &OwnedFd, data: &mut [u8], offset: u64) -> io::Result<()> {
    // SAFETY: `data` is a valid, exclusively borrowed buffer of `data.len()` bytes.
    let n = unsafe {
        libc::pread(
            fd.as_raw_fd(),
            data.as_mut_ptr().cast(),
            data.len(),
            offset as libc::off_t,
        )
    };
    if n != data.len() as isize {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// A mapping: anonymous pinned memory, or a region of a device file.
pub struct Mapping {
    ptr: *mut u8,
    len: usize,
}

impl Mapping {
    /// `len` bytes of anonymous memory, populated and locked (it does not move or page out
    /// while the process lives).
    pub fn anonymous(len: usize) -> io::Result<Mapping> {
        // SAFETY: a fresh private anonymous mapping; nothing else refers to it.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_POPULATE | libc::MAP_LOCKED,
                -1,
                0,
            )
        };
        Self::checked(p, len)
    }

    /// `len` bytes of `fd` at `offset`, shared (a device region).
    pub fn device(fd: &OwnedFd, offset: u64, len: usize) -> io::Result<Mapping> {
        // SAFETY: a fresh shared mapping of the device file; it is only accessed with volatile
        // reads and writes within `len`.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED,
                fd.as_raw_fd(),
                offset as libc::off_t,
            )
        };
        Self::checked(p, len)
    }

    fn checked(p: *mut libc::c_void, len: usize) -> io::Result<Mapping> {
        if p == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        Ok(Mapping { ptr: p.cast(), len })
    }

    /// The mapping's virtual address.
    pub fn addr(&self) -> u64 {
        self.ptr as u64
    }

    fn at<T>(&self, off: usize) -> *mut T {
        assert!(
            off.is_multiple_of(core::mem::size_of::<T>())
                && off + core::mem::size_of::<T>() <= self.len,
            "access at {off:#x} outside a mapping of {:#x} bytes",
            self.len
        );
        // SAFETY: within the mapping (checked above).
        unsafe { self.ptr.add(off).cast() }
    }

    /// A volatile 64-bit read at byte `off`.
    pub fn read64(&self, off: usize) -> u64 {
        // SAFETY: aligned and within the mapping (`at` checks); volatile, for device memory
        // and memory a device writes.
        unsafe { self.at::<u64>(off).read_volatile() }
    }

    /// A volatile 64-bit write at byte `off`.
    pub fn write64(&self, off: usize, v: u64) {
        // SAFETY: as for `read64`.
        unsafe { self.at::<u64>(off).write_volatile(v) }
    }

    /// A volatile 32-bit read at byte `off`.
    pub fn read32(&self, off: usize) -> u32 {
        // SAFETY: as for `read64`.
        unsafe { self.at::<u32>(off).read_volatile() }
    }
}

impl Drop for Mapping {
    fn drop(&mut self) {
        // SAFETY: the mapping was created by `mmap` with this length and is not used after.
        unsafe {
            libc::munmap(self.ptr.cast(), self.len);
        }
    }
}

/// The physical address of the page at virtual address `va` of this process
/// (`/proc/self/pagemap`: bit 63 present, bits 54:0 the page frame number).
pub fn physical(va: u64) -> io::Result<u64> {
    let f = std::fs::File::open("/proc/self/pagemap")?;
    let mut e = [0u8; 8];
    std::os::unix::fs::FileExt::read_exact_at(&f, &mut e, (va / 4096) * 8)?;
    let e = u64::from_le_bytes(e);
    let pfn = e & ((1 << 55) - 1);
    if e >> 63 == 0 || pfn == 0 {
        return Err(io::Error::other(format!(
            "pagemap: page {va:#x} not present or its frame hidden (entry {e:#x})"
        )));
    }
    Ok(pfn * 4096 + (va % 4096))
}

/// Sleeps `us` microseconds.
pub fn sleep_us(us: u64) {
    std::thread::sleep(std::time::Duration::from_micros(us));
}
