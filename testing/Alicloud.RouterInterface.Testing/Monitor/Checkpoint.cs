using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// The stack's checkpoint as the engine writes it (<c>pulumi stack export</c>, deployment version 3): every resource
/// with its inputs and outputs, and every secret value replaced by <c>{"4dabf…": "1b47…", "ciphertext": "v1:…"}</c>,
/// the JSON of the value sealed with AES-256-GCM and written <c>v1:&lt;nonce&gt;:&lt;ciphertext&gt;</c> in base64, as the
/// passphrase secrets manager does (pulumi/pulumi <c>pkg/resource/stack/deployment.go</c> SerializePropertyValue,
/// <c>sdk/go/common/resource/config/crypt.go</c> symmetricCrypter.EncryptValue). What a state file or a backend
/// holds, so a test can check that no secret is there in clear.
/// </summary>
public sealed class Checkpoint
{
    private readonly byte[] _key;

    /// <param name="key">The 32-byte data key (the passphrase manager derives it from the passphrase).</param>
    public Checkpoint(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
        {
            throw new ArgumentException("An AES-256 key has 32 bytes.", nameof(key));
        }

        _key = key;
    }

    /// <summary>The deployment as indented JSON.</summary>
    public string Write(ProgramState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var resources = new JsonArray();
        foreach (var component in state.Components)
        {
            resources.Add(new JsonObject
            {
                ["urn"] = component.Urn,
                ["custom"] = false,
                ["type"] = component.Type,
                ["outputs"] = Object(component.Outputs),
                ["parent"] = component.Parent.Length == 0 ? null : component.Parent,
            });
        }

        foreach (var partition in state.Providers)
        {
            if (partition.Entry is { } provider)
            {
                resources.Add(new JsonObject
                {
                    ["urn"] = partition.Urn,
                    ["custom"] = true,
                    ["id"] = provider.Id,
                    ["type"] = Urns.TypeOf(partition.Urn),
                    ["inputs"] = Object(provider.Inputs),
                    ["outputs"] = Object(provider.Inputs),
                });
            }

            foreach (var resource in partition.State.Resources)
            {
                var node = new JsonObject
                {
                    ["urn"] = resource.Urn,
                    ["custom"] = true,
                    ["id"] = resource.Id,
                    ["type"] = resource.Type,
                    ["inputs"] = Object(resource.Inputs),
                    ["outputs"] = Object(resource.Outputs),
                    ["provider"] = partition.Reference,
                    ["dependencies"] = new JsonArray([.. resource.Dependencies.Select(d => (JsonNode?)d)]),
                };
                if (resource.CustomTimeouts is { } timeouts)
                {
                    node["customTimeouts"] = new JsonObject
                    {
                        ["create"] = timeouts.CreateSeconds,
                        ["update"] = timeouts.UpdateSeconds,
                        ["delete"] = timeouts.DeleteSeconds,
                    };
                }

                if (resource.InitErrors.Count > 0)
                {
                    node["initErrors"] = new JsonArray([.. resource.InitErrors.Select(e => (JsonNode?)e)]);
                }

                if (resource.PendingDelete)
                {
                    node["delete"] = true;
                }

                resources.Add(node);
            }
        }

        var checkpoint = new JsonObject
        {
            ["version"] = 3,
            ["deployment"] = new JsonObject
            {
                ["manifest"] = new JsonObject { ["magic"] = "", ["version"] = "" },
                ["secrets_providers"] = new JsonObject { ["type"] = "passphrase" },
                ["resources"] = resources,
            },
        };
        return checkpoint.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Opens a <c>ciphertext</c> of this checkpoint: the JSON of the secret's value.</summary>
    public string Decrypt(string ciphertext)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        var parts = ciphertext.Split(':');
        if (parts.Length != 3 || parts[0] != "v1")
        {
            throw new FormatException("Expected v1:<nonce>:<ciphertext>.");
        }

        var nonce = Convert.FromBase64String(parts[1]);
        var sealedBytes = Convert.FromBase64String(parts[2]);
        var tagStart = sealedBytes.Length - AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[tagStart];
        using var aes = new AesGcm(_key, AesGcm.TagByteSizes.MaxSize);
        aes.Decrypt(nonce, sealedBytes.AsSpan(0, tagStart), sealedBytes.AsSpan(tagStart), plain);
        return Encoding.UTF8.GetString(plain);
    }

    private JsonObject Object(Struct? properties)
    {
        var result = new JsonObject();
        if (properties is null)
        {
            return result;
        }

        foreach (var (key, value) in properties.Fields)
        {
            result[key] = Node(value);
        }

        return result;
    }

    private JsonNode? Node(Value value)
    {
        if (PropertyValues.IsSecret(value))
        {
            return new JsonObject
            {
                [PropertyValues.SignatureKey] = PropertyValues.SecretSignature,
                ["ciphertext"] = Encrypt(PropertyValues.ToJson(PropertyValues.Unwrap(value))),
            };
        }

        return value.KindCase switch
        {
            Value.KindOneofCase.NullValue or Value.KindOneofCase.None => null,
            Value.KindOneofCase.BoolValue => value.BoolValue,
            Value.KindOneofCase.NumberValue => value.NumberValue,
            Value.KindOneofCase.StringValue => value.StringValue,
            Value.KindOneofCase.ListValue => new JsonArray([.. value.ListValue.Values.Select(Node)]),
            _ => Object(value.StructValue),
        };
    }

    private string Encrypt(string plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[plain.Length + AesGcm.TagByteSizes.MaxSize];
        using var aes = new AesGcm(_key, AesGcm.TagByteSizes.MaxSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(0, plain.Length), sealedBytes.AsSpan(plain.Length));
        return $"v1:{Convert.ToBase64String(nonce)}:{Convert.ToBase64String(sealedBytes)}";
    }
}
