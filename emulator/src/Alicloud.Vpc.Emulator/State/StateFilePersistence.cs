namespace Alicloud.Vpc.Emulator.State;

/// <summary>Writes the whole state after every change: temp file in the same folder, flushed, then renamed over the target.</summary>
internal sealed class StateFilePersistence(string path) : IStatePersistence
{
    private readonly string _path = Path.GetFullPath(path);

    public EmulatorState? Load()
    {
        if (!File.Exists(_path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(_path);
        return bytes.Length == 0 ? null : StateJson.Deserialize(bytes);
    }

    public void Save(EmulatorState state)
    {
        var directory = Path.GetDirectoryName(_path) ?? ".";
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(_path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(StateJson.Serialize(state));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, _path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
