//! The programs a command line starts with: the words that, first on a
//! line, make it a command (`sudo`, `systemctl`, `koji` ...), and the
//! prompts interactive programs end in `:`, PowerShell's `PS C:\>` and the
//! Windows command prompt's `C:\dir>`, for the classifier.

/// Whether `text` opens with the prompt of a program that a shell's
/// `host$` or `dir>` test does not catch, then something typed: an
/// interactive program's `:` (Kerberos' `kadmin:`, `kadmin.local:`,
/// `ktutil:`), PowerShell's `PS C:\dir>` or the command prompt's `C:\dir>`.
pub fn program_prompt(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let colon = words
        .next()
        .and_then(|word| word.strip_suffix(':'))
        .is_some_and(|stem| COLON_PROMPTS.contains(&stem));
    (colon && words.next().is_some()) || windows(text)
}

/// PowerShell's prompt, a drive's folder (`PS C:\signing>`), or the
/// Windows command prompt's, the folder alone (`C:\Windows\system32>`),
/// then a command; an arrow in a sentence (`C:\data -> E:\backup`,
/// `x => y`) or a placeholder (`C:\Users\<you> is ...`) is no prompt.
fn windows(text: &str) -> bool {
    let rest = text.strip_prefix("PS ").unwrap_or(text);
    rest.starts_with(|c: char| c.is_ascii_alphabetic())
        && rest[1..].starts_with(":\\")
        && rest.split_once("> ").is_some_and(|(dir, typed)| {
            dir.len() < 80
                && !dir.ends_with(['-', '=', ' '])
                && !dir.contains('<')
                && !typed.trim().is_empty()
        })
}

const COLON_PROMPTS: &[&str] = &["kadmin", "kadmin.local", "ktutil"];

/// Program names, as typed first on a command line.
pub const COMMANDS: &[&str] = &[
    "sudo",
    "su",
    "yum",
    "dnf",
    "rpm",
    "ssh",
    "scp",
    "rsync",
    "cd",
    "ls",
    "cat",
    "less",
    "vi",
    "vim",
    "git",
    "koji",
    "service",
    "systemctl",
    "mkdir",
    "rm",
    "cp",
    "mv",
    "chmod",
    "chown",
    "ln",
    "echo",
    "export",
    "python",
    "python3",
    "psql",
    "mysql",
    "createrepo",
    "make",
    "grep",
    "tar",
    "wget",
    "curl",
    "ansible",
    "ansible-playbook",
    "kill",
    "virsh",
    "virt-install",
    "lvcreate",
    "lvresize",
    "lvextend",
    "xm",
    "puppet",
    "func",
    "telnet",
    "ping",
    "dig",
    "openssl",
    "certutil",
    "crontab",
    "sed",
    "awk",
    "touch",
    "tail",
    "ps",
    "screen",
    "reboot",
    "restorecon",
    "setenforce",
    "iptables",
    "umount",
    "fsck",
    "resize2fs",
    "e2fsck",
    "pvcreate",
    "vgextend",
    "pkill",
    "killall",
    "chkconfig",
    "useradd",
    "passwd",
    "htpasswd",
    "pg_dump",
    "pg_restore",
    "bzip2",
    "gzip",
    "xz",
    "unxz",
    "dd",
    "modprobe",
    "losetup",
    "kpartx",
    "nohup",
    "cvs",
    "svn",
    "hg",
    "fedpkg",
    "bodhi",
    "mock",
    "rpmbuild",
    "sigul",
    "fasclient",
    "ipmitool",
    "nc",
    "host",
    "semanage",
    "getent",
    "usermod",
    "groupadd",
    "lsof",
    "netstat",
    "df",
    "du",
    "mount",
    "fdisk",
    "parted",
    "mkfs",
    "lvs",
    "vgs",
    "pvs",
    "lvremove",
    "qemu-img",
    "guestfish",
    "virt-resize",
    "nsupdate",
    "rndc",
    "named-checkzone",
    "ipa",
    "kinit",
    "klist",
    "tcpdump",
    "journalctl",
    "supervisorctl",
    "pip",
    "easy_install",
    "diff",
    "patch",
    "chroot",
    "whoami",
    "id",
    "uname",
    "sh",
    "bash",
    "source",
    "unset",
    "set",
    "alias",
    "mkdir",
    "ssh-keygen",
    "ssh-add",
    "gpg",
    "fasclient",
    "drbdadm",
    "iscsiadm",
    "multipath",
    "showmount",
    "ip",
    "find",
    "mt",
    "ifconfig",
    "route",
    "hostname",
    "hostnamectl",
    "nslookup",
    "ss",
    "md5sum",
    "sha1sum",
    "sha256sum",
    "sha512sum",
    "free",
    "head",
    "tee",
    "xargs",
    "nmcli",
    "firewall-cmd",
    "docker",
    "podman",
    "kubectl",
    "oc",
    "ldapsearch",
    "mdadm",
    "smartctl",
    "exportfs",
    "sysctl",
    "dmesg",
    "strace",
    "rpmkeys",
    "yum-config-manager",
    // disks, pools and boot entries
    "zpool",
    "zfs",
    "sfdisk",
    "sgdisk",
    "lsblk",
    "blkid",
    "wipefs",
    "ledctl",
    "efibootmgr",
    "grub2-install",
    "grub2-mkconfig",
    // the Slurm batch scheduler's commands
    "sinfo",
    "squeue",
    "scontrol",
    "scancel",
    "sbatch",
    "srun",
    "salloc",
    "sacct",
    "sacctmgr",
    "sprio",
    "sreport",
    "sshare",
];

#[cfg(test)]
mod tests {
    use super::program_prompt;

    #[test]
    fn windows_prompts_with_a_command_typed() {
        assert!(program_prompt("PS C:\\> Get-Service spooler"));
        assert!(program_prompt("C:\\Tools\\bin> robocopy D:\\a E:\\a"));
        assert!(program_prompt("D:\\> dir"));
        // (a prompt with nothing typed, or a path in a sentence, is none)
        assert!(!program_prompt("C:\\Tools> "));
        assert!(!program_prompt("C:\\Tools is where the kit lives."));
        assert!(!program_prompt("CD:\\> dir"));
    }
}
