using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Alicloud.RouterInterface.Package.Tests.Sdk;

/// <summary>The files of a packed SDK (.nupkg): content files, the nuspec, and the resources embedded in its assemblies.</summary>
public sealed class PackedSdk
{
    private readonly Dictionary<string, byte[]> _entries;

    private PackedSdk(Dictionary<string, byte[]> entries)
    {
        _entries = entries;
    }

    public IEnumerable<string> Paths => _entries.Keys;

    public static PackedSdk Open(string nupkg)
    {
        using var archive = ZipFile.OpenRead(nupkg);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            entries[entry.FullName] = buffer.ToArray();
        }

        return new PackedSdk(entries);
    }

    public string? Text(string path) => _entries.TryGetValue(path, out var bytes) ? Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF') : null;

    /// <summary>Each assembly under lib/ with the text of the named embedded resource (null when it is missing).</summary>
    public IEnumerable<(string Assembly, string? Resource)> EmbeddedInAssemblies(string resourceName) =>
        _entries.Where(e => e.Key.StartsWith("lib/", StringComparison.Ordinal) && e.Key.EndsWith(".dll", StringComparison.Ordinal))
            .Select(e => (e.Key, EmbeddedResource(e.Value, resourceName)));

    private static string? EmbeddedResource(byte[] assembly, string name)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || metadata.GetString(resource.Name) != name)
            {
                continue;
            }

            // An embedded resource is a 4-byte length and its bytes, at Offset in the CLI resources directory.
            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            var reader = pe.GetSectionData(directory.RelativeVirtualAddress).GetReader((int)resource.Offset, directory.Size - (int)resource.Offset);
            var length = reader.ReadInt32();
            return Encoding.UTF8.GetString(reader.ReadBytes(length)).TrimStart('\uFEFF');
        }

        return null;
    }
}
