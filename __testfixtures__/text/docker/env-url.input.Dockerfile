FROM python:3.12-slim
ENV TOKEN_ENDPOINT=http://localhost:50342/oauth2/token
COPY app.py /app/app.py
CMD python /app/app.py
