package io.payerid.core.seal;

import io.payerid.core.flow.FlowContext;
import io.payerid.core.flow.Scope;
import io.payerid.core.tenant.ChannelKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Compact binary form of a {@link FlowContext}: a version byte, then the fields in a fixed order.
 * Binary rather than JSON because the sealed token rides in a URL the payer's browser carries.
 * Version 2 added the browser binding; version-1 tokens (issued before it) are refused, as they would
 * complete unbound: a payer caught by an upgrade restarts a flow that lives minutes anyway.
 */
final class FlowContextCodec {

    private static final byte VERSION = 2;
    private static final int MAX_ATTRIBUTES = 32;

    private FlowContextCodec() {
    }

    static byte[] encode(FlowContext c) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(c.flowId());
            out.writeUTF(c.channel().name());
            out.writeUTF(c.dialect());
            out.writeUTF(c.appId());
            out.writeUTF(c.merchantId());
            out.writeUTF(c.redirectUri());
            out.writeUTF(c.scope().name());
            writeNullable(out, c.merchantState());
            out.writeLong(c.expiresAt());
            out.writeByte(c.attributes().size());
            for (Map.Entry<String, String> e : c.attributes().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
            out.writeUTF(c.browserHash());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Empty for anything that is not a well-formed current-version context. */
    static Optional<FlowContext> decode(byte[] raw) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw))) {
            if (in.readByte() != VERSION) {
                return Optional.empty();
            }
            String flowId = in.readUTF();
            ChannelKind channel = ChannelKind.valueOf(in.readUTF());
            String dialect = in.readUTF();
            String appId = in.readUTF();
            String merchantId = in.readUTF();
            String redirectUri = in.readUTF();
            Scope scope = Scope.valueOf(in.readUTF());
            String merchantState = readNullable(in);
            long expiresAt = in.readLong();
            int count = in.readUnsignedByte();
            if (count > MAX_ATTRIBUTES) {
                return Optional.empty();
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                attributes.put(in.readUTF(), in.readUTF());
            }
            String browserHash = in.readUTF();
            if (in.available() != 0) {
                return Optional.empty();
            }
            return Optional.of(new FlowContext(flowId, channel, dialect, appId, merchantId, redirectUri, scope,
                    merchantState, expiresAt, attributes, browserHash));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
