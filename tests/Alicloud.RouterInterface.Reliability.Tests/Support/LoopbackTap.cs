using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Polling;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>
/// A TCP relay on a free loopback port between the plugin and the emulator. It notes the action of every request that
/// passes (the client's <c>x-acs-action</c> header), can hold the answers back (a request the cloud carried out whose
/// answer the plugin never gets), and can be pointed at a restarted emulator, so the plugin's endpoint stays the same.
/// </summary>
internal sealed partial class LoopbackTap : IAsyncDisposable
{
    private const int CarriedChars = 96;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<string> _actions = [];
    private readonly ConcurrentDictionary<int, Socket> _sockets = new();
    private readonly Task _accepting;
    private TaskCompletionSource _answersFlow = Open();
    private int _upstreamPort;
    private int _nextSocket;

    public LoopbackTap(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>What the plugin is configured with.</summary>
    public string Endpoint => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>Actions of the requests seen so far, in order.</summary>
    public IReadOnlyList<string> Actions
    {
        get
        {
            lock (_gate)
            {
                return [.. _actions];
            }
        }
    }

    /// <summary>Forgets the actions seen so far (counting starts again).</summary>
    public void ForgetActions()
    {
        lock (_gate)
        {
            _actions.Clear();
        }
    }

    /// <summary>Closes every open connection (both sides), like a network failure; held answers are lost.</summary>
    public void DropConnections()
    {
        foreach (var key in _sockets.Keys)
        {
            Untrack(key);
        }
    }

    public void Retarget(int upstreamPort) => Volatile.Write(ref _upstreamPort, upstreamPort);

    /// <summary>From now on answers are held (requests still reach the cloud).</summary>
    public void HoldAnswers()
    {
        lock (_gate)
        {
            if (_answersFlow.Task.IsCompleted)
            {
                _answersFlow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void ReleaseAnswers()
    {
        lock (_gate)
        {
            _answersFlow.TrySetResult();
        }
    }

    /// <summary>Waits until the <paramref name="occurrence"/>-th request of <paramref name="action"/> (counting from 1) has passed.</summary>
    public Task WaitForActionAsync(string action, int occurrence, CancellationToken cancellationToken) =>
        Eventually.GetAsync(
            _ => Task.FromResult(Actions.Count(a => a == action) >= occurrence ? (object?)action : null),
            $"request {occurrence} of {action} through the tap",
            cancellationToken,
            TestBounds.Polling);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var socket in _sockets.Values)
        {
            socket.Dispose();
        }

        ReleaseAnswers();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (SocketException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var clientKey = Track(client);
        var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var upstreamKey = Track(upstream);
        try
        {
            await upstream.ConnectAsync(IPAddress.Loopback, Volatile.Read(ref _upstreamPort), _stop.Token);
            var requests = PumpAsync(client, upstream, scan: true);
            var answers = PumpAsync(upstream, client, scan: false);
            await Task.WhenAny(requests, answers);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // A side went away (the plugin killed, the emulator restarted): close both, like a network would.
        }
        finally
        {
            Untrack(clientKey);
            Untrack(upstreamKey);
        }
    }

    private async Task PumpAsync(Socket from, Socket to, bool scan)
    {
        var buffer = new byte[16 * 1024];
        var carried = "";
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token)) > 0)
            {
                if (scan)
                {
                    carried = NoteActions(carried + Encoding.Latin1.GetString(buffer, 0, read));
                }
                else
                {
                    Task flow;
                    lock (_gate)
                    {
                        flow = _answersFlow.Task;
                    }

                    await flow.WaitAsync(_stop.Token);
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection ended.
        }
    }

    /// <summary>Records the actions in <paramref name="text"/>; returns the tail to scan again with the next chunk.</summary>
    private string NoteActions(string text)
    {
        var end = 0;
        foreach (Match match in ActionHeader().Matches(text))
        {
            lock (_gate)
            {
                _actions.Add(match.Groups["action"].Value);
            }

            end = match.Index + match.Length;
        }

        return text[Math.Max(end, text.Length - CarriedChars)..];
    }

    private int Track(Socket socket)
    {
        var key = Interlocked.Increment(ref _nextSocket);
        _sockets[key] = socket;
        return key;
    }

    private void Untrack(int key)
    {
        if (_sockets.TryRemove(key, out var socket))
        {
            socket.Dispose();
        }
    }

    [GeneratedRegex(@"x-acs-action:\s*(?<action>[A-Za-z]+)\r\n", RegexOptions.IgnoreCase)]
    private static partial Regex ActionHeader();
}
