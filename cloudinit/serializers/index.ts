export * from "./compose";
export * from "./dovecot";
export * from "./ini";
export * from "./nginx";
export * from "./postfix";
export * from "./sshd-config";
export * from "./systemd-unit";
export * from "./xml";
