using System.Globalization;

namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// Polls the peak resident set (VmHWM of /proc/&lt;pid&gt;/status) of this process's children whose command name
/// starts with a prefix, while an operation runs. VmHWM only grows, so the last reading before the child exits is
/// its peak; polling often enough keeps that reading close to the exit.
/// </summary>
public sealed class ChildProcessMemorySampler : IAsyncDisposable
{
    private readonly string _commandPrefix;
    private readonly TimeSpan _interval;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Lock _gate = new();
    private readonly Dictionary<int, long> _peakKib = [];
    private readonly Dictionary<int, long> _peakAnonKib = [];

    public ChildProcessMemorySampler(string commandPrefix, TimeSpan interval)
    {
        _commandPrefix = commandPrefix.Length > 15 ? commandPrefix[..15] : commandPrefix; // comm is cut to 15 characters
        _interval = interval;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The largest peak RSS seen of any matching child, in MiB (0 when none was seen).</summary>
    public double PeakMib
    {
        get
        {
            lock (_gate)
            {
                return _peakKib.Count == 0 ? 0 : _peakKib.Values.Max() / 1024.0;
            }
        }
    }

    /// <summary>
    /// The largest anonymous resident set seen of any matching child (RssAnon: GC heap, native allocations, stacks; the
    /// rest of VmHWM is the mapped binary and libraries, RssFile), in MiB. A sampled figure, not a kernel-kept peak.
    /// </summary>
    public double PeakAnonMib
    {
        get
        {
            lock (_gate)
            {
                return _peakAnonKib.Count == 0 ? 0 : _peakAnonKib.Values.Max() / 1024.0;
            }
        }
    }

    /// <summary>PIDs of matching children seen.</summary>
    public IReadOnlyCollection<int> SeenProcessIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _peakKib.Keys];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        var self = Environment.ProcessId;
        while (!_stop.IsCancellationRequested)
        {
            foreach (var pid in ChildrenOf(self))
            {
                if (ReadStatusKib(pid, "VmHWM:") is { } kib)
                {
                    var anon = ReadStatusKib(pid, "RssAnon:") ?? 0;
                    lock (_gate)
                    {
                        _peakKib[pid] = Math.Max(kib, _peakKib.GetValueOrDefault(pid));
                        _peakAnonKib[pid] = Math.Max(anon, _peakAnonKib.GetValueOrDefault(pid));
                    }
                }
            }

            try
            {
                await Task.Delay(_interval, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private IEnumerable<int> ChildrenOf(int parent)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // pid (comm) state ppid ...; comm may contain spaces, so cut at the last ')'
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            if (open < 0 || close < open)
            {
                continue;
            }

            var comm = stat[(open + 1)..close];
            var fields = stat[(close + 2)..].Split(' ');
            if (fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ppid)
                && ppid == parent && comm.StartsWith(_commandPrefix, StringComparison.Ordinal))
            {
                yield return pid;
            }
        }
    }

    /// <summary>VmHWM in KiB, or null when the process is gone.</summary>
    public static long? ReadPeakKib(int pid) => ReadStatusKib(pid, "VmHWM:");

    /// <summary>A KiB field of /proc/&lt;pid&gt;/status (e.g. <c>VmHWM:</c>, <c>RssAnon:</c>), or null when the process is gone.</summary>
    public static long? ReadStatusKib(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var number = line[field.Length..].Trim().Split(' ')[0];
                    return long.Parse(number, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        return null;
    }
}
