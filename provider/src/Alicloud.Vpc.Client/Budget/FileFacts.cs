namespace Alicloud.Vpc.Client.Budget;

/// <summary>What <see cref="UnixFile"/> learnt of a file: owner, type and permission bits, size.</summary>
internal readonly record struct FileFacts(uint Owner, int Mode, long Size)
{
    public int Type => Mode & UnixFile.ModeTypeMask;

    public int Permissions => Mode & 0xFFF;

    /// <summary>Why the file is not ours alone (owned by us, no group or other bits, of the type expected), or null.</summary>
    public string? Problem(int expectedType, int? exactPermissions = null)
    {
        if (Type != expectedType)
        {
            return Type switch
            {
                UnixFile.SymbolicLink => "it is a symbolic link",
                UnixFile.FifoType => "it is a FIFO, not a regular file",
                UnixFile.DirectoryType => "it is a directory",
                UnixFile.RegularFile => "it is a regular file, not a directory",
                _ => $"it is no {(expectedType == UnixFile.DirectoryType ? "directory" : "regular file")}",
            };
        }

        if (Owner != UnixFile.EffectiveUser)
        {
            return $"it is owned by uid {Owner}, not by this user (uid {UnixFile.EffectiveUser})";
        }

        if (exactPermissions is { } exact ? Permissions != exact : (Permissions & 0x3F) != 0)
        {
            return $"its mode is {Convert.ToString(Permissions, 8)}, not {(exactPermissions is { } e ? Convert.ToString(e, 8) : "700")} (readable or writable by others)";
        }

        return null;
    }
}
