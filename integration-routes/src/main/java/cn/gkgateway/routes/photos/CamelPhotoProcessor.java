package cn.gkgateway.routes.photos;

import cn.gkgateway.evidence.PhotoProcessor;
import cn.gkgateway.shared.DomainException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.RejectedExecutionException;

/** The domain's {@link PhotoProcessor}: each photo goes through the {@link PhotoPipelineRoute} and its answer is awaited. */
public class CamelPhotoProcessor implements PhotoProcessor {

    private final ProducerTemplate producer;

    public CamelPhotoProcessor(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public ProcessedPhoto process(byte[] content) {
        try {
            return producer.requestBody(PhotoPipelineRoute.ENDPOINT, content, ProcessedPhoto.class);
        } catch (CamelExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainException refusal) {
                    throw refusal;
                }
                if (cause instanceof RejectedExecutionException) {
                    throw busy();
                }
                if (cause instanceof OutOfMemoryError) {
                    throw busy();
                }
            }
            throw e;
        } catch (RejectedExecutionException e) {
            throw busy();
        }
    }

    static DomainException busy() {
        return new DomainException(DomainException.Kind.UNAVAILABLE, "UPLOAD_BUSY", "当前上传的照片较多，请稍后重新上传");
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        PhotoRenderer photoRenderer() {
            return new PhotoRenderer();
        }

        @Bean
        PhotoProcessor photoProcessor(ProducerTemplate producer) {
            return new CamelPhotoProcessor(producer);
        }
    }
}
