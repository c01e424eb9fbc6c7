package io.ytautopilot.production.adapters.storage;

import java.io.Closeable;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A real S3-compatible server in this JVM: s3proxy on 127.0.0.1 and a free port, keeping objects in
 * memory. It checks AWS signatures, so wrong credentials fail as they would against S3.
 *
 * <p>s3proxy runs in a class loader of its own, reached by reflection: the test class path also holds
 * Maven's Guice 5 (via quarkus-junit), which shadows the Guice 7 that s3proxy's jclouds needs.
 */
final class LocalS3Server implements AutoCloseable {
  static final String ACCESS_KEY = "local-access-key";
  static final String SECRET_KEY = "local-secret-key";

  private final URLClassLoader loader;
  private final Closeable blobStoreContext;
  private final Object proxy;

  private LocalS3Server(URLClassLoader loader, Closeable blobStoreContext, Object proxy) {
    this.loader = loader;
    this.blobStoreContext = blobStoreContext;
    this.proxy = proxy;
  }

  static LocalS3Server start() throws Exception {
    var loader = new URLClassLoader("s3proxy", classPathWithoutMavensGuice(), ClassLoader.getPlatformClassLoader());
    var caller = Thread.currentThread();
    var callersLoader = caller.getContextClassLoader();
    // jclouds finds its blob stores through the context class loader, and Jetty's threads inherit it
    caller.setContextClassLoader(loader);
    try {
      var contextBuilder = loader.loadClass("org.jclouds.ContextBuilder");
      var blobStoreContextType = loader.loadClass("org.jclouds.blobstore.BlobStoreContext");
      var builder = contextBuilder.getMethod("newBuilder", String.class).invoke(null, "transient");
      contextBuilder.getMethod("credentials", String.class, String.class).invoke(builder, ACCESS_KEY, SECRET_KEY);
      var context = contextBuilder.getMethod("build", Class.class).invoke(builder, blobStoreContextType);
      var blobStore = blobStoreContextType.getMethod("getBlobStore").invoke(context);

      var proxyType = loader.loadClass("org.gaul.s3proxy.S3Proxy");
      var proxyBuilderType = loader.loadClass("org.gaul.s3proxy.S3Proxy$Builder");
      var authenticationType = loader.loadClass("org.gaul.s3proxy.AuthenticationType");
      var proxyBuilder = proxyType.getMethod("builder").invoke(null);
      proxyBuilderType.getMethod("blobStore", loader.loadClass("org.jclouds.blobstore.BlobStore"))
          .invoke(proxyBuilder, blobStore);
      proxyBuilderType.getMethod("endpoint", URI.class).invoke(proxyBuilder, URI.create("http://127.0.0.1:0"));
      proxyBuilderType.getMethod("awsAuthentication", authenticationType, String.class, String.class)
          .invoke(proxyBuilder, authenticationType.getField("AWS_V2_OR_V4").get(null), ACCESS_KEY, SECRET_KEY);
      var proxy = proxyBuilderType.getMethod("build").invoke(proxyBuilder);
      proxyType.getMethod("start").invoke(proxy);
      return new LocalS3Server(loader, (Closeable) context, proxy);
    } finally {
      caller.setContextClassLoader(callersLoader);
    }
  }

  URI endpoint() {
    try {
      return URI.create("http://127.0.0.1:" + proxy.getClass().getMethod("getPort").invoke(proxy));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("s3proxy has no port", e);
    }
  }

  S3AssetStore.Target target(String bucket) {
    return new S3AssetStore.Target(Optional.of(endpoint()), "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, true);
  }

  @Override
  public void close() throws Exception {
    try {
      proxy.getClass().getMethod("stop").invoke(proxy);
      blobStoreContext.close();
    } finally {
      loader.close();
    }
  }

  /** Surefire hands the test class path over in a property; an IDE puts it on java.class.path. */
  private static URL[] classPathWithoutMavensGuice() {
    var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).getFileName().toString().matches("guice-.*-classes\\.jar"))
        .map(LocalS3Server::toUrl)
        .toArray(URL[]::new);
  }

  private static URL toUrl(String classPathEntry) {
    try {
      return Path.of(classPathEntry).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(classPathEntry, e);
    }
  }
}
