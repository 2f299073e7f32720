package cn.gkgateway.materials;

import cn.gkgateway.connectors.materials.FileSystemMaterialStorage;
import cn.gkgateway.evidence.MaterialIntake;
import cn.gkgateway.evidence.MaterialKind;
import cn.gkgateway.evidence.StoredMaterial;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.routes.photos.CamelPhotoProcessor;
import cn.gkgateway.routes.photos.PhotoPipelineRoute;
import cn.gkgateway.routes.photos.PhotoRenderer;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./scripts/bench photos}: 12 MP phone JPEGs (4000×3000, textured like a photo, ~3–4 MB,
 * with EXIF orientation, GPS and a comment) through the real intake and the Camel photo route —
 * checks, decode, upright, full-resolution re-encode, 1600 px and 320 px copies, sealed and stored on
 * the file system. Warm-up, then measured rounds; prints one {@code RESULT} line for the script.
 * Arguments: threads, photos per round, rounds, warm-up seconds, storage directory.
 */
public final class PhotoBenchmark {

    private PhotoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int perRound = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int warmupSeconds = Integer.parseInt(args[3]);
        Path directory = Path.of(args[4]);

        byte[][] photos = new byte[4][];
        int[] orientations = {6, 1, 3, 8};
        for (int i = 0; i < photos.length; i++) {
            photos[i] = CraftedFiles.phonePhoto(phoneLike(4000, 3000, i), orientations[i]);
        }
        long averageBytes = Arrays.stream(photos).mapToLong(p -> p.length).sum() / photos.length;
        System.out.printf("bench photos: %d distinct 12 MP JPEGs, %d KiB on average, pipeline threads %d%n", photos.length, averageBytes / 1024, threads);

        CamelContext camel = new DefaultCamelContext();
        PhotoRenderer renderer = new PhotoRenderer();
        camel.addRoutes(new PhotoPipelineRoute(renderer, threads, 64));
        camel.start();
        byte[] key = new byte[32];
        byte[] hash = new byte[32];
        new SecureRandom().nextBytes(key);
        new SecureRandom().nextBytes(hash);
        FileSystemMaterialStorage storage = new FileSystemMaterialStorage(directory);
        MaterialIntake intake = new MaterialIntake(storage, new CamelPhotoProcessor(camel.createProducerTemplate()),
                new PersonalDataProtector(key, hash), Clock.system(ZoneId.of("Asia/Shanghai")), 10 * 1024 * 1024, 50_000_000, 12_000);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong heapPeak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        ExecutorService uploaders = Executors.newFixedThreadPool(threads * 2);
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        int warmed = 0;
        while (System.nanoTime() < warmupEnd) {
            List<StoredMaterial> warm = round(intake, uploaders, photos, threads * 4);
            warm.forEach(intake::discard);
            warmed += warm.size();
        }
        System.out.printf("bench photos: warm-up %d photos in %d s%n", warmed, warmupSeconds);
        heapPeak.set(0);

        List<Double> rates = new ArrayList<>();
        int checked = 0;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long gcStart = gcMillis();
        int measured = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            List<StoredMaterial> stored = round(intake, uploaders, photos, perRound);
            double seconds = (System.nanoTime() - start) / 1e9;
            rates.add(stored.size() / seconds);
            measured += stored.size();
            System.out.printf("bench photos: round %d: %d photos in %.2f s = %.2f photos/s%n", r + 1, stored.size(), seconds, stored.size() / seconds);
            for (StoredMaterial photo : stored) {
                boolean portrait = photo.height() > photo.width();
                if (photo.width() * photo.height() != 12_000_000 || (portrait != (photo.width() == 3000))) {
                    throw new IllegalStateException("wrong size " + photo.width() + "x" + photo.height());
                }
                if (checked++ < 4) {
                    byte[] full = intake.read(photo.originalKey()).orElseThrow();
                    if (CraftedFiles.contains(full, CraftedFiles.ascii(CraftedFiles.SECRET)) || CraftedFiles.contains(full, CraftedFiles.ascii("Exif\0"))) {
                        throw new IllegalStateException("metadata survived");
                    }
                }
                intake.discard(photo);
            }
        }
        long cpuMillisPerPhoto = (os.getProcessCpuTime() - cpuStart) / 1_000_000 / Math.max(1, measured);
        long gcMillisPerPhoto = (gcMillis() - gcStart) / Math.max(1, measured);
        uploaders.shutdown();
        camel.close();
        List<Double> sorted = new ArrayList<>(rates);
        sorted.sort(Double::compare);
        double median = sorted.get(sorted.size() / 2);
        StringBuilder all = new StringBuilder();
        for (double rate : rates) {
            all.append(all.isEmpty() ? "" : ",").append(String.format("%.1f", rate));
        }
        System.out.printf("RESULT median=%.1f rounds=%s perRound=%d heapPeakMiB=%d avgKiB=%d peakConcurrency=%d cpuMsPerPhoto=%d gcMsPerPhoto=%d%n", median, all, perRound,
                heapPeak.get() / (1024 * 1024), averageBytes / 1024, renderer.peakConcurrency(), cpuMillisPerPhoto, gcMillisPerPhoto);
    }

    private static List<StoredMaterial> round(MaterialIntake intake, ExecutorService uploaders, byte[][] photos, int count) throws Exception {
        List<Future<StoredMaterial>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] photo = photos[i % photos.length];
            futures.add(uploaders.submit(() -> intake.accept(new ByteArrayInputStream(photo), "IMG_" + System.nanoTime() + ".jpg", MaterialKind.PHOTO)));
        }
        List<StoredMaterial> stored = new ArrayList<>(count);
        for (Future<StoredMaterial> future : futures) {
            stored.add(future.get());
        }
        return stored;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    /** Smooth light and colour with sensor-like noise: compresses and decodes like a phone photo. */
    static BufferedImage phoneLike(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(seed);
        byte[] noise = new byte[1 << 16];
        random.nextBytes(noise);
        int i = 0;
        int n = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int base = (int) (128 + 60 * Math.sin((x + seed * 300) / 180.0) * Math.cos(y / 140.0));
                for (int c = 0; c < 3; c++) {
                    int value = base + (c - 1) * 30 + (noise[n++ & 0xFFFF] >> 3);
                    data[i++] = (byte) Math.max(0, Math.min(255, value));
                }
                n += (x * 7) & 3;
            }
        }
        return image;
    }

    static void deleteTree(Path root) throws Exception {
        if (Files.exists(root)) {
            try (var files = Files.walk(root)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }
}
