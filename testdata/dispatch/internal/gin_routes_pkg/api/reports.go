package api

import (
	"net/http"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/gin-gonic/gin"
)

func reportMeta(c *gin.Context) {
	ctx := c.Request.Context()
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: LoadDefaultConfig per request (gin route in group, served by ginadapter)
	if err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	client := s3.NewFromConfig(cfg) // EXPECT: s3.NewFromConfig per request (gin route in group, served by ginadapter)
	head, err := client.HeadObject(ctx, &s3.HeadObjectInput{
		Bucket: aws.String(os.Getenv("REPORT_BUCKET")),
		Key:    aws.String("reports/" + c.Param("id") + ".pdf"),
	})
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, gin.H{"size": aws.ToInt64(head.ContentLength), "modified": head.LastModified})
}
